# comm: commands.md §1 comm
=== three columns
+ printf 'a\nb\nd\n' >f1
+ printf 'b\nc\nd\ne\n' >f2
$ comm f1 f2
> a
> 		b
> 	c
> 		d
> 	e
?

=== -1: column 2 unprefixed, column 3 one tab
+ printf 'a\nb\n' >f1
+ printf 'b\nc\n' >f2
$ comm -1 f1 f2
> 	b
> c
?

=== -2
+ printf 'a\nb\n' >f1
+ printf 'b\nc\n' >f2
$ comm -2 f1 f2
> a
> 	b
?

=== -3
+ printf 'a\nb\n' >f1
+ printf 'b\nc\n' >f2
$ comm -3 f1 f2
> a
> 	c
?

=== -12: the common lines
+ printf 'a\nb\nc\n' >f1
+ printf 'b\nc\nd\n' >f2
$ comm -12 f1 f2
> b
> c
?

=== -13: only in file2
+ printf 'a\nb\n' >f1
+ printf 'b\nc\nd\n' >f2
$ comm -13 f1 f2
> c
> d
?

=== -123: nothing
+ printf 'a\n' >f1
+ printf 'b\n' >f2
$ comm -123 f1 f2
?

=== flags in separate words
+ printf 'a\nb\n' >f1
+ printf 'b\nc\n' >f2
$ comm -1 -2 f1 f2
> b
?

=== - is standard input
< b
< c
+ printf 'a\nb\n' >f1
$ comm f1 -
> a
> 		b
> 	c
?

=== an empty file
+ : >f1
+ printf 'a\n' >f2
$ comm f1 f2
> 	a
?

=== code point order
+ printf 'B\na\n' >f1
+ printf 'a\nb\n' >f2
$ comm f1 f2
> B
> 		a
> 	b
?

=== a file that cannot be opened
+ printf 'a\n' >f1
$ comm f1 nosuch
2> comm: cannot open nosuch: 'nosuch' file does not exist
? open

=== one file only
$ comm f1
2> usage: comm [-123] file1 file2
? usage

=== an unknown flag
$ comm -4 a b
2> usage: comm [-123] file1 file2
? usage
