# sort: commands.md §1 sort
=== lines in code point order
< pear
< Apple
< apple
< banana
$ sort
> Apple
> apple
> banana
> pear
?

=== a file
+ printf 'c\na\nb\n' >f
$ sort f
> a
> b
> c
?

=== a prefix sorts first
< ab
< a
< abc
$ sort
> a
> ab
> abc
?

=== non-ASCII characters by code point
+ printf '\303\251\nz\n\303\240\n' >f
$ sort f
> z
> à
> é
?

=== -n: by integer value, leading blanks and sign allowed
< 10
< 9
<   -3
< +2
< 100
$ sort -n
>   -3
> +2
> 9
> 10
> 100
?

=== -n: no digits is 0, and the sort is stable
< 1
< x
< 0
< y
$ sort -n
> x
> 0
> y
> 1
?

=== -n: the number ends at the first non-digit
< 12abc
< 3zz
$ sort -n
> 3zz
> 12abc
?

=== -r reverses the output
< b
< c
< a
$ sort -r
> c
> b
> a
?

=== -nr
< 2
< 10
< 1
$ sort -nr
> 10
> 2
> 1
?

=== flags together as separate words
< 2
< 10
$ sort -r -n
> 10
> 2
?

=== duplicate lines are kept
< b
< a
< b
$ sort
> a
> b
> b
?

=== a last line without newline is written back without one
<- a
$ sort
>- a
?

=== empty input
$ sort
?

=== a file that cannot be opened
$ sort nosuch
2> sort: cannot open nosuch: 'nosuch' file does not exist
? open file

=== at most one file
$ sort a b
2> usage: sort [-n] [file]
? usage

=== an unknown flag
$ sort -u
2> usage: sort [-n] [file]
? usage

=== -n: values beyond 32 bits saturate, so equal ones keep their order
< 2147483648
< 2147483647
< 99999999999
< -2147483649
< -2147483648
$ sort -n
> -2147483649
> -2147483648
> 2147483648
> 2147483647
> 99999999999
?
