# strings: commands.md §1 strings
=== a run of printable characters after its byte offset
+ printf 'abc\000hello world\001' >f
$ strings f
>        4: hello world
?

=== runs shorter than 6 are left out; 6 is enough
+ printf 'abcde\000abcdef\n' >f
$ strings f
>        6: abcdef
?

=== a tab ends a run
+ printf 'abc\tdefghi' >f
$ strings f
>        4: defghi
?

=== characters above U+00A0 print; the offset counts bytes
+ printf '\001\303\251abcde\302\240xyz' >f
$ strings f
>        1: éabcde
?

=== a badly encoded byte counts as a printable U+FFFD
+ printf 'abc\377def\n' >f
$ strings f
>        0: abc�def
?

=== a run reaching 70 characters is printed with ... and a new run begins
+ awk 'BEGIN { for(i = 0; i < 150; i++) printf "x"; printf "\n" }' >f
$ strings f
>        0: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ...
>       70: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ...
>      140: xxxxxxxxxx
?

=== a run at the end of the file
+ printf '\000\000tail end' >f
$ strings f
>        2: tail end
?

=== standard input
< some text here
$ strings
>        0: some text here
?

=== several files: each named first
+ printf 'first file\n' >f1
+ printf '\000second file\n' >f2
$ strings f1 f2
> f1:
>        0: first file
> f2:
>        1: second file
?

=== a file that cannot be opened: no prefix, status unchanged; still named first
+ printf 'printable\n' >f
$ strings nosuch f
> nosuch:
> f:
>        0: printable
2> cannot open nosuch
?
