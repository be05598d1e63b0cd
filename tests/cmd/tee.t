# tee: commands.md §1 tee
=== standard input to standard output
< a
< b
$ tee
> a
> b
?

=== and to the file
< x
$ tee f; cat f
> x
> x
?

=== an existing file is truncated
+ printf 'old\nlonger\n' >f
< n
$ tee f; cat f
> n
> n
?

=== -a appends
+ printf 'old\n' >f
< new
$ tee -a f; cat f
> new
> old
> new
?

=== -a makes a missing file
< x
$ tee -a f; cat f
> x
> x
?

=== several files
< z
$ tee f g; cat f g
> z
> z
> z
?

=== a last line without a newline
<- partial
$ tee f; cat f
>- partialpartial
?

=== a file that cannot be made
$ tee /nonexist/f
2> tee: cannot open /nonexist/f: '/nonexist' does not exist
? error

=== an unknown flag
$ tee -x
2> Usage: tee [-a] [file ...]
? usage
