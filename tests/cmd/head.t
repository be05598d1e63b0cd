# head: not in Inferno; Plan 9's head (man/1/head)
=== the first 10 lines by default
+ for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo $i; done >f
$ head f
> 1
> 2
> 3
> 4
> 5
> 6
> 7
> 8
> 9
> 10
?

=== -N
+ printf 'a\nb\nc\nd\n' >f
$ head -2 f
> a
> b
?

=== -n N
+ printf 'a\nb\nc\nd\n' >f
$ head -n 3 f
> a
> b
> c
?

=== -nN in one word
+ printf 'a\nb\nc\nd\n' >f
$ head -n1 f
> a
?

=== standard input
< x
< y
< z
$ head -1
> x
?

=== fewer lines than asked for; a last line without newline stays so
+ printf 'a\nb' >f
$ head -5 f
> a
>- b
?

=== -0 prints nothing
+ printf 'a\n' >f
$ head -0 f
?

=== several files, one after the other, no headers
+ printf '1\n2\n3\n' >f1
+ printf 'x\ny\n' >f2
$ head -2 f1 f2
> 1
> 2
> x
> y
?

=== - is standard input
< in
+ printf 'f\n' >f
$ head f -
> f
> in
?

=== a missing file is reported, the others still printed
+ printf 'a\n' >f
$ head nosuch f
> a
2> head: cannot open nosuch: 'nosuch' file does not exist
? open

=== a count that is not a number
$ head -x
2> usage: head [-n N | -N] [file ...]
? usage

=== -n without its count
$ head -n
2> usage: head [-n N | -N] [file ...]
? usage
