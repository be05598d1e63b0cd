# tail: commands.md §1 tail
=== the last 10 lines by default
+ for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo $i; done >f
$ tail f
> 3
> 4
> 5
> 6
> 7
> 8
> 9
> 10
> 11
> 12
?

=== -N: the last N lines
+ printf 'a\nb\nc\nd\n' >f
$ tail -2 f
> c
> d
?

=== +N: from line N on (lines count from 1)
+ printf 'a\nb\nc\nd\n' >f
$ tail +3 f
> c
> d
?

=== +0 and +1 are the whole file
+ printf 'a\nb\n' >f
$ tail +0 f
> a
> b
?

=== -0: nothing
+ printf 'a\nb\n' >f
$ tail -0 f
?

=== standard input
< 1
< 2
< 3
$ tail -1
> 3
?

=== - is standard input
< 1
< 2
$ tail -1 -
> 2
?

=== -n N
+ printf 'a\nb\nc\nd\n' >f
$ tail -n 3 f
> b
> c
> d
?

=== -n +N counts from the start
+ printf 'a\nb\nc\nd\n' >f
$ tail -n +4 f
> d
?

=== -c N: the last N bytes
+ printf 'abcdef\n' >f
$ tail -c 3 f
> ef
?

=== -Nc: the last N bytes
+ printf 'abcdef\n' >f
$ tail -4c f
> def
?

=== +Nc: bytes count from 0
+ printf 'abcdef\n' >f
$ tail +2c f
> cdef
?

=== b counts 1024-byte blocks
+ awk 'BEGIN { for(i = 0; i < 1024; i++) printf "x"; printf "tail\n" }' >f
$ tail +1b f
> tail
?

=== more than there is: the whole file
+ printf 'a\nb\n' >f
$ tail -5b f
> a
> b
?

=== the last line without a newline
+ printf 'a\nb\nc' >f
$ tail -2 f
> b
>- c
?

=== -r: the whole file, last line first
+ printf 'a\nb\nc\n' >f
$ tail -r f
> c
> b
> a
?

=== -Nr: the last N lines reversed
+ printf 'a\nb\nc\nd\n' >f
$ tail -2r f
> d
> c
?

=== +Nr: incompatible options (as on Inferno), empty status
+ printf 'a\nb\nc\nd\n' >f
$ tail +3r f
2> tail: incompatible options
?

=== -r with -n +N: incompatible options
+ printf 'a\nb\nc\nd\n' >f
$ tail -r -n +2 f
2> tail: incompatible options
?

=== -rn N: -r and -n in one word
+ printf 'a\nb\nc\nd\n' >f
$ tail -rn 2 f
> d
> c
?

=== -rn2: the count attached
+ printf 'a\nb\nc\nd\n' >f
$ tail -rn2 f
> d
> c
?

=== -r ends each line with a newline, the last one included
+ printf 'a\nb' >f
$ tail -r f
> b
> a
?

=== -n N -r
+ printf 'a\nb\nc\n' >f
$ tail -r -n 2 f
> c
> b
?

=== two counts: excess option, empty status
$ tail -3 -4 f
2> tail: excess option
?

=== -r with bytes: incompatible options, empty status
+ printf 'abc\n' >f
$ tail -3cr f
2> tail: incompatible options
?

=== -r with -c N
+ printf 'abc\n' >f
$ tail -r -c 2 f
2> tail: incompatible options
?

=== an unknown option word is ignored
+ printf 'a\nb\n' >f
$ tail -z -1 f
> b
?

=== a missing file: message, empty status
$ tail nosuch
2> tail: nosuch: 'nosuch' file does not exist
?

=== two files: the usage message, empty status
$ tail a b
2> usage: tail [-n N] [-c N] [-f] [-r] [+-N[bc][fr]] [file]
?

=== -n without its count
$ tail -n
2> usage: tail [-n N] [-c N] [-f] [-r] [+-N[bc][fr]] [file]
?

=== -n with a count that is not a number
$ tail -n x f
2> usage: tail [-n N] [-c N] [-f] [-r] [+-N[bc][fr]] [file]
?

=== an empty file
+ : >f
$ tail f
?
