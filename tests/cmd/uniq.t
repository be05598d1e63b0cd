# uniq: commands.md §1 uniq
=== adjacent duplicates collapse
< a
< a
< b
< a
< c
< c
$ uniq
> a
> b
> a
> c
?

=== a file
+ printf 'x\nx\ny\n' >f
$ uniq f
> x
> y
?

=== -c: the count, a tab, the line (no padding)
< a
< a
< b
< c
< c
< c
$ uniq -c
> 2	a
> 1	b
> 3	c
?

=== -u: only lines not repeated
< a
< a
< b
< c
< c
< d
$ uniq -u
> b
> d
?

=== -d: one copy of each repeated line
< a
< a
< b
< c
< c
< c
$ uniq -d
> a
> c
?

=== -dc
< a
< a
< b
$ uniq -dc
> 2	a
?

=== -u and -d together: everything
< a
< a
< b
$ uniq -u -d
> a
> b
?

=== a last line without newline differs from the same line with one
+ printf 'a\na' >f
$ uniq -c f
> 1	a
>- 1	a
?

=== a last line without newline stays so
+ printf 'a\nb' >f
$ uniq f
> a
>- b
?

=== empty input
$ uniq
?

=== a file that cannot be opened: the message and an empty line
$ uniq nosuch
2> uniq: cannot open nosuch: 'nosuch' file does not exist
2> 
? open file

=== at most one file
$ uniq a b
2> usage: uniq [-udc] [file]
? usage

=== an unknown flag
$ uniq -x
2> usage: uniq [-udc] [file]
? usage
