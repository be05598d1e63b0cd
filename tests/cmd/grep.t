# grep: commands.md §1 grep
=== lines containing a match, from standard input
< apple
< banana
< cherry
$ grep an
> banana
?

=== one file: the lines alone
+ printf 'one\ntwo\nthree\n' >f
$ grep o f
> one
> two
?

=== -n with one file: N:LINE
+ printf 'one\ntwo\nthree\n' >f
$ grep -n t f
> 2:two
> 3:three
?

=== several files: FILE: LINE
+ printf 'ab\ncd\n' >f1
+ printf 'xb\n' >f2
$ grep b f1 f2
> f1: ab
> f2: xb
?

=== -n with several files: FILE:N: LINE
+ printf 'ab\ncd\n' >f1
+ printf 'q\nxd\n' >f2
$ grep -n d f1 f2
> f1:2: cd
> f2:2: xd
?

=== no match: status no matches
+ printf 'abc\n' >f
$ grep z f
? no matches

=== -v selects the lines that do not match
+ printf 'a\nb\nab\n' >f
$ grep -v a f
> b
?

=== -vn
+ printf 'a\nb\nab\n' >f
$ grep -vn b f
> 1:a
?

=== -i folds ASCII letters in the pattern and the lines
+ printf 'Apple\nAPPLE\nbanana\n' >f
$ grep -i aPPle f
> Apple
> APPLE
?

=== -l: the names of files with a match
+ printf 'x\n' >f1
+ printf 'y\n' >f2
+ printf 'xx\n' >f3
$ grep -l x f1 f2 f3
> f1
> f3
?

=== -L: the names of files without one
+ printf 'x\n' >f1
+ printf 'y\n' >f2
$ grep -L x f1 f2
> f2
?

=== -l on standard input names it stdin
< hello
$ grep -l ell
> stdin
?

=== -s: no output, only the status
+ printf 'abc\n' >f
$ grep -s b f
?

=== -s without a match
+ printf 'abc\n' >f
$ grep -s z f
? no matches

=== anchors
+ printf 'ab\nba\nb\n' >f
$ grep '^b$' f
> b
?

=== alternation, + and ?
+ printf 'color\ncolour\ncolouur\ngrey\n' >f
$ grep '^colou?r$|^gr(e|a)y$' f
> color
> colour
> grey
?

=== + needs one
+ printf 'ac\nabc\nabbc\n' >f
$ grep 'ab+c' f
> abc
> abbc
?

=== . and a class, a negated class
+ printf 'a1\nab\na-\n' >f
$ grep 'a[^a-z0-9]' f
> a-
?

=== \ quotes a metacharacter
+ printf 'a.b\naxb\n' >f
$ grep 'a\.b' f
> a.b
?

=== a last line without a newline is printed without one
+ printf 'x\nyes' >f
$ grep y f
>- yes
?

=== a file that cannot be opened: reported, the others searched
+ printf 'abc\n' >f
$ grep b nosuch f
> f: abc
2> grep: cannot open nosuch: 'nosuch' file does not exist
?

=== only a missing file: no matches
$ grep b nosuch
2> grep: cannot open nosuch: 'nosuch' file does not exist
? no matches

=== a bad pattern
$ grep 'a(b' f
2>~ grep: .+
? bad regex

=== no pattern
$ grep
2> usage: grep [-lnviLs] pattern [file...]
? usage

=== -c does not exist
$ grep -c a f
2> usage: grep [-lnviLs] pattern [file...]
? usage
