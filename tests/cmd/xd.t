# xd: commands.md §1 xd
=== the default format: 4-byte hex groups (the observed example)
+ printf 'hello world, this is xd\n' >h
$ xd h
> 0000000 68656c6c 6f20776f 726c642c 20746869
> 0000010 73206973 2078640a
> 0000018
?

=== -1x and -c: one line per format, characters left-aligned
+ printf 'hello world, this is xd\n' >h
$ xd -1x -c h
> 0000000 68 65 6c 6c 6f 20 77 6f 72 6c 64 2c 20 74 68 69
>       0 h  e  l  l  o     w  o  r  l  d  ,     t  h  i
> 0000010 73 20 69 73 20 78 64 0a
>      10 s     i  s     x  d  \n
> 0000018
?

=== -ad -2d: decimal addresses and 2-byte decimal fields
+ printf 'hello world, this is xd\n' >h
$ xd -ad -2d h
> 0000000 26725 27756 28448 30575 29292 25644 08308 26729
> 0000016 29472 26995 08312 25610
> 0000024
?

=== -ao: octal addresses
+ printf 'hello world, this is xd\n' >h
$ xd -ao h
> 0000000 68656c6c 6f20776f 726c642c 20746869
> 0000020 73206973 2078640a
> 0000030
?

=== a short last group is zero-filled
< hi
$ xd
> 0000000 68690a00
> 0000003
?

=== one-byte fields stop at the last byte
< hi
$ xd -1o
> 0000000 150 151 012
> 0000003
?

=== -1d and -bd are the same
< hi
$ xd -1d -bd
> 0000000 104 105 010
>       0 104 105 010
> 0000003
?

=== -4d: ten digits
< hi
$ xd -4d
> 0000000 1751714304
> 0000003
?

=== -4o and -lo: eleven octal digits
< hi
$ xd -lo
> 0000000 15032205000
> 0000003
?

=== -8x, -8d and -8o on the largest value: unsigned, each at the first byte's column
+ printf '\377\377\377\377\377\377\377\377' >f
$ xd -vx -8d -8o f
> 0000000 ffffffffffffffff
>       0 18446744073709551615
>       0 1777777777777777777777
> 0000008
?

=== -8d of a short chunk
< hi
$ xd -8d
> 0000000 07523555647615401984
> 0000003
?

=== -2x and -wx
< hi
$ xd -wx
> 0000000 6869 0a00
> 0000003
?

=== -c: escapes and hex for the rest
+ printf 'a\tb\r\001\n\b' >f
$ xd -c f
> 0000000 a  \t b  \r 01 \n \b
> 0000007
?

=== mixed widths: each field starts under its first byte in the widest layout
+ printf abcd >f
$ xd -1x -2x f
> 0000000 61 62 63 64
>       0 6162  6364
> 0000004
?

=== mixed widths: 4-byte groups with one-byte fields
+ printf abcdefgh >f
$ xd -4x -1x f
> 0000000 61626364    65666768
>       0 61 62 63 64 65 66 67 68
> 0000008
?

=== -r: a run of repeated chunks becomes one *
+ head -c 48 /dev/zero >f; printf abcd >>f
$ xd -r f
> 0000000 00000000 00000000 00000000 00000000
> *
> 0000030 61626364
> 0000034
?

=== without -r repeated chunks are printed
+ head -c 32 /dev/zero >f
$ xd -1x f
> 0000000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
> 0000010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
> 0000020
?

=== -s: each 4-byte group reversed
+ printf abcdefgh >f
$ xd -s f
> 0000000 64636261 68676665
> 0000008
?

=== -u changes only when output is flushed
< hi
$ xd -u
> 0000000 68690a00
> 0000003
?

=== an empty input: only the length
$ xd
> 0000000
?

=== several files: each dump after its name
+ printf A >a
+ printf B >b
$ xd a b
> a
> 0000000 41000000
> 0000001
> b
> 0000000 42000000
> 0000001
?

=== a file that cannot be opened
+ printf A >a
$ xd nosuch a
> a
> 0000000 41000000
> 0000001
2>~ xd: cannot open nosuch: .*does not exist
? cannot open

=== an unknown option
$ xd -z
2> usage: xd [-u] [-r] [-s] [-a{odx}] [-c|{b1w2l4v8}{odx}] ... file ...
? usage

=== a width that does not exist
$ xd -3x
2> usage: xd [-u] [-r] [-s] [-a{odx}] [-c|{b1w2l4v8}{odx}] ... file ...
? usage

=== a bad address style
$ xd -aq
2> usage: xd [-u] [-r] [-s] [-a{odx}] [-c|{b1w2l4v8}{odx}] ... file ...
? usage

=== more than ten formats
$ xd -1x -1x -1x -1x -1x -1x -1x -1x -1x -1x -1x
2> xd: too many formats
? error

=== -c: no blank after the last field, even a blank character
+ printf 'a b ' >f
$ xd -c f
> 0000000 a     b   
> 0000004
?
