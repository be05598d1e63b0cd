# md5sum: commands.md §1 md5sum, sha1sum; digests of RFC 1321's test
# suite and other published vectors

=== standard input: the digest alone
<- abc
$ md5sum
> 900150983cd24fb0d6963f7d28e17f72
?

=== empty standard input
$ md5sum
> d41d8cd98f00b204e9800998ecf8427e
?

=== a file: digest, tab, the name as given
+ printf 'abc' >f
$ md5sum f
> 900150983cd24fb0d6963f7d28e17f72	f
?

=== an empty file
+ : >e
$ md5sum e
> d41d8cd98f00b204e9800998ecf8427e	e
?

=== several files, in order
+ printf 'a' >a
+ printf 'message digest' >m
+ printf 'abcdefghijklmnopqrstuvwxyz' >z
$ md5sum a m z
> 0cc175b9c0f1b6a831c399e269772661	a
> f96b697d7cb7938d525a2f31aaf161d0	m
> c3fcd3d76192e4007dfb496cca67e13b	z
?

=== RFC 1321's longer vectors
+ printf 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' >x
+ printf '12345678901234567890123456789012345678901234567890123456789012345678901234567890' >y
$ md5sum x y
> d174ab98d277d9f5a5611c2c9f419d9f	x
> 57edf4a22be3c955ac49da2e2107b67a	y
?

=== a line with its newline
< The quick brown fox jumps over the lazy dog
$ md5sum
> 37c4b87edffc5d198ff5a185cee7ee09
?

=== without the newline
<- The quick brown fox jumps over the lazy dog
$ md5sum
> 9e107d9d372bb6826bd81d3542a419d6
?

=== a million a's: many reads
+ head -c 1000000 /dev/zero | tr '\0' a >big
$ md5sum big
> 7707d6ae4e027c70eea2a935c2296f21	big
?

=== a name with a directory
+ mkdir d
+ printf 'abc' >d/f
$ md5sum d/f
> 900150983cd24fb0d6963f7d28e17f72	d/f
?

=== a missing file: message, the others still done, status error
+ printf 'a' >a
$ md5sum nosuch a
> 0cc175b9c0f1b6a831c399e269772661	a
2>~ md5sum: cannot open nosuch: .*does not exist
? error

=== no options: a word starting with - is a file name
$ md5sum -x
2>~ md5sum: cannot open -x: .*does not exist
? error
