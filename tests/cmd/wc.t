# wc: commands.md §1 wc
=== standard input: lines, words, characters, no name
< hello world
$ wc
>       1       2      12
?

=== a file: the name after the counts
+ printf 'one two\nthree\n' >f
$ wc f
>       2       3      14 f
?

=== several files: a total line
+ printf 'a b\n' >f1
+ printf 'c\nd e f\n' >f2
$ wc f1 f2
>       1       2       4 f1
>       2       4       8 f2
>       3       6      12 total
?

=== -l alone
+ printf 'x\ny\nz\n' >f
$ wc -l f
>       3 f
?

=== the counts keep the order l w c e b whatever the flags' order
+ printf 'ab cd\n' >f
$ wc -bl f
>       1       6 f
?

=== flags in separate words
+ printf 'ab cd\n' >f
$ wc -w -c f
>       2       6 f
?

=== characters are runes, bytes are bytes
+ printf 'h\303\251\n' >f
$ wc -cb f
>       3       4 f
?

=== -e counts badly encoded characters (each is one character)
+ printf 'a\377b\n' >f
$ wc -ceb f
>       4       1       4 f
?

=== words are separated by blanks, tabs and newlines only
+ printf 'a\tb  c\rd\n\ne\n' >f
$ wc -w f
>       4 f
?

=== a last line without a newline is not counted as a line
+ printf 'a\nb' >f
$ wc f
>       1       2       3 f
?

=== an empty file
+ : >f
$ wc f
>       0       0       0 f
?

=== a missing file is reported and skipped; the status stays empty
+ printf 'a\n' >f
$ wc nosuch f
>       1       1       2 f
>       1       1       2 total
2> wc: can't open nosuch: 'nosuch' file does not exist
?

=== an unknown flag
$ wc -x
2> usage: wc [-lwcbe] [file ...]
? usage

=== options only before the files: a later -l is a file name
+ printf 'a\n' >f
$ wc f -l
>       1       1       2 f
>       1       1       2 total
2> wc: can't open -l: '-l' file does not exist
?
