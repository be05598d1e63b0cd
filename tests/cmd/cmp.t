# cmp: commands.md §1 cmp
=== equal files: silent, empty status
+ printf 'same\n' >a
+ printf 'same\n' >b
$ cmp a b
?

=== the first difference, by byte number from 1
+ printf 'abc\n' >a
+ printf 'abd\n' >b
$ cmp a b
> a b differ: char 3
? differ

=== -L adds the line number of that byte
+ printf 'a\nbc\n' >a
+ printf 'a\nbd\n' >b
$ cmp -L a b
> a b differ: char 4 line 2
? differ

=== -l lists every difference in decimal and hex
+ printf 'abcd' >a
+ printf 'axcy' >b
$ cmp -l a b
>      2 0x62 0x78
>      4 0x64 0x79
? differ

=== -s: the status only
+ printf 'abc' >a
+ printf 'abd' >b
$ cmp -s a b
? differ

=== one file a prefix of the other: EOF on the shorter
+ printf 'abc' >a
+ printf 'abcdef' >b
$ cmp a b
> EOF on a after 3 bytes
? EOF

=== the second file shorter
+ printf 'abcd' >a
+ printf 'ab' >b
$ cmp a b
> EOF on b after 2 bytes
? EOF

=== -s still prints the EOF message
+ printf 'ab' >a
+ printf 'abc' >b
$ cmp -s a b
> EOF on a after 2 bytes
? EOF

=== -l goes on to the end, then EOF
+ printf 'ab' >a
+ printf 'xbc' >b
$ cmp -l a b
>      1 0x61 0x78
> EOF on a after 2 bytes
? EOF

=== an offset into the first file
+ printf 'xxabc' >a
+ printf 'abc' >b
$ cmp a b 2
?

=== offsets into both; char counts from the offsets
+ printf 'xxabc' >a
+ printf 'yabd' >b
$ cmp a b 2 1
> a b differ: char 3
? differ

=== with offsets, EOF counts the bytes compared from them
+ printf 'xxabc' >a
+ printf 'yab' >b
$ cmp a b 2 1
> EOF on b after 2 bytes
? EOF

=== an offset past the end: EOF after 0 bytes
+ printf 'abc' >a
+ printf 'abc' >b
$ cmp a b 10
> EOF on a after 0 bytes
? EOF

=== offsets are decimal only: 0x10 is 0
+ printf 'xxabc' >a
+ printf 'abc' >b
$ cmp a b 0x10
> a b differ: char 1
? differ

=== a file that cannot be opened
+ printf 'a' >a
$ cmp a nosuch
2> cmp: can't open nosuch: 'nosuch' file does not exist
? open

=== too few arguments
$ cmp a
2> Usage: cmp [-lsL] file1 file2 [offset1 [offset2] ]
? usage

=== too many arguments
$ cmp a b 1 2 3
2> Usage: cmp [-lsL] file1 file2 [offset1 [offset2] ]
? usage

=== an unknown flag
$ cmp -x a b
2> Usage: cmp [-lsL] file1 file2 [offset1 [offset2] ]
? usage

=== -ls: -s does not silence -l's list
+ printf 'abcdef' >a
+ printf 'abXdeY' >b
$ cmp -ls a b
>      3 0x63 0x58
>      6 0x66 0x59
? differ
