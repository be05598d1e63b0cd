# tr: commands.md §1 tr
=== map a range to a range
< hello world
$ tr a-z A-Z
> HELLO WORLD
?

=== string2 is padded with its last character
< abcd
$ tr abcd xy
> xyyy
?

=== -d deletes the characters of string1
< hello world
$ tr -d lo
> he wrd
?

=== -s squeezes runs of an output character that is in string2
< a   b  c
$ tr -s ' ' ' '
> a b c
?

=== -s after mapping
< aabbcc
$ tr -s a-z A-Z
> ABC
?

=== -c maps the complement of string1 (the newline too)
< ab1 c
$ tr -c a-z x
>- abxxcx
?

=== -cs: one word per line
< hello, world!
$ tr -cs a-z '\012'
> hello
> world
?

=== -ds: delete from string1, squeeze those of string2
< aabbccdd
$ tr -ds ab cd
> cd
?

=== -dc keeps only string1's characters
< a1b2
$ tr -dc a-z
>- ab
?

=== hex escape
< AAA
$ tr '\x41' b
> bbb
?

=== octal escape
< AAA
$ tr '\101' c
> ccc
?

=== a range between escapes
< abcd
$ tr '\141-\143' X
> XXXd
?

=== \c is c: an escaped - is not a range
< a-b-c
$ tr 'a\-c' xyz
> xybyz
?

=== a leading - is literal
< a-b
$ tr -- -a xy
> yxb
?

=== \n is just n (no C escapes)
< nan
$ tr '\n' m
> mam
?

=== characters beyond ASCII
< café
$ tr é e
> cafe
?

=== a character given twice maps as its last place says
< a
$ tr aa xy
> y
?

=== a range backwards is an error
$ tr z-a x
2> tr: Invalid range specification
? error

=== an empty string2 maps to NUL
< abc
$ tr ab '' | xd -c
> 0000000 00 00 c  \n
> 0000004
?

=== an octal escape above 377 (taken as decimal, as Inferno does) is an error
$ tr '\577' x
2> tr: char>0377
? error

=== \400 to \571 pass: \400 is U+0100
< aĀb
$ tr '\400' x
> axb
?

=== a hex escape beyond the last rune is no error
< abc
$ tr '\x110000' x
> abc
?

=== one string without -d
$ tr a
2> Usage: tr [-sdc] [from-set [to-set]]
? usage

=== no strings
$ tr
2> Usage: tr [-sdc] [from-set [to-set]]
? usage

=== -d wants one string
$ tr -d a b
2> Usage: tr [-sdc] [from-set [to-set]]
? usage

=== -ds wants two
$ tr -ds a
2> Usage: tr [-sdc] [from-set [to-set]]
? usage

=== an unknown flag
$ tr -x a b
2> Usage: tr [-sdc] [from-set [to-set]]
? usage
