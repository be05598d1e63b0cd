# freq: commands.md §1 freq
=== all fields by default, ascending
< hello
$ freq
>  10 012 0a -        1
> 101 145 65 e        1
> 104 150 68 h        1
> 108 154 6c l        2
> 111 157 6f o        1
?

=== -d: decimal only
<- aab
$ freq -d
>  97        2
>  98        1
?

=== -x and -c, a blank shown as -
<- a b
$ freq -xc
> 20 -        1
> 61 a        1
> 62 b        1
?

=== -o
<- A
$ freq -o
> 101        1
?

=== bytes above 0x9f are shown as characters (Latin-1)
< é
$ freq
>  10 012 0a -        1
> 169 251 a9 ©        1
> 195 303 c3 Ã        1
?

=== -r counts UTF-8 characters
< é
$ freq -r
>  10 012 0a -        1
> 233 351 e9 é        1
?

=== control characters and DEL are shown as -
+ printf '\001\177' >f
$ freq f
>   1 001 01 -        1
> 127 177 7f -        1
?

=== counts accumulate, a table after each file
+ printf a >f1
+ printf ab >f2
$ freq f1 f2
>  97 141 61 a        1
>  97 141 61 a        2
>  98 142 62 b        1
?

=== an empty input prints nothing
$ freq
?

=== a file that cannot be opened is skipped
+ printf z >f
$ freq nosuch f
> 122 172 7a z        1
2>~ freq: cannot open nosuch: .*does not exist
?

=== an unknown option
$ freq -q
2> freq: unknown option q
? usage
