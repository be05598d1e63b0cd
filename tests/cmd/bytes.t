# bytes: commands.md §1 bytes (a debugging filter, no manual page on Inferno)
=== the bytes from start up to end, with the reads on stderr
<- hello world
$ bytes 2 7
>- llo w
2>~ bytes: read \d+ bytes
2> out of loop
?

=== end as the end position
<- hello world
$ bytes 6 end
>- world
2>~ bytes: read \d+ bytes
2> out of loop
?

=== backslashes doubled, bytes that are not UTF-8 as \XX
+ printf 'a\\b\377c' >f
$ bytes 0 end <f
>- a\\b\FFc
2>~ bytes: read \d+ bytes
2> out of loop
?

=== a range that cuts a UTF-8 sequence shows its bytes
+ printf 'x\303\251y' >f
$ bytes 0 2 <f
>- x\C3
2>~ bytes: read \d+ bytes
2> out of loop
?

=== an empty range
<- abc
$ bytes 1 1
2>~ bytes: read \d+ bytes
2> out of loop
?

=== start after end
$ bytes 3 2
2> bytes: out of order range
? bad range

=== end as start before a number
$ bytes end 3
2> bytes: out of order range
? bad range

=== in a pipeline the status is the pipeline's
$ cat /dev/null | bytes 3 2
2> bytes: out of order range
? |bad range

=== a replacement replaces the range
<- hello world
$ bytes 0 5 HELLO
>- HELLO world
?

=== escapes in the replacement
<- hello world
$ bytes 5 6 '\n'
> hello
>- world
?

=== a hex escape
<- hello
$ bytes 0 1 '\41\\'
>- A\ello
?

=== an empty replacement deletes the range
<- abcd
$ bytes 1 3 ''
>- ad
?

=== a replacement past the end of the input is added at its end
<- abc
$ bytes 10 end X
>- abcX
?

=== an invalid backslash sequence
$ bytes 0 1 '\q'
2> bytes: invalid backslash sequence
? bad args

=== a hex escape needs two digits
$ bytes 0 1 '\4'
2> bytes: invalid backslash sequence
? bad args

=== too few arguments
$ bytes 1
2> usage: bytes start end [bytes]
? usage

=== a position that is not a number
$ bytes x 3
2> usage: bytes start end [bytes]
? usage
