# sha1sum: commands.md §1 md5sum, sha1sum; digests of FIPS 180's
# examples and other published vectors

=== standard input: the digest alone
<- abc
$ sha1sum
> a9993e364706816aba3e25717850c26c9cd0d89d
?

=== empty standard input
$ sha1sum
> da39a3ee5e6b4b0d3255bfef95601890afd80709
?

=== a file: digest, tab, the name as given
+ printf 'abc' >f
$ sha1sum f
> a9993e364706816aba3e25717850c26c9cd0d89d	f
?

=== an empty file
+ : >e
$ sha1sum e
> da39a3ee5e6b4b0d3255bfef95601890afd80709	e
?

=== two blocks' worth (FIPS 180's second example)
+ printf 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq' >f
$ sha1sum f
> 84983e441c3bd26ebaae4aa1f95129e5e54670f1	f
?

=== several files, in order
+ printf 'abc' >a
+ printf 'The quick brown fox jumps over the lazy dog' >q
$ sha1sum a q
> a9993e364706816aba3e25717850c26c9cd0d89d	a
> 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12	q
?

=== a million a's: many reads
+ head -c 1000000 /dev/zero | tr '\0' a >big
$ sha1sum big
> 34aa973cd4c4daa4f61eeb2bdbad27316534016f	big
?

=== a missing file: message, the others still done, status error
+ printf 'abc' >a
$ sha1sum a nosuch
> a9993e364706816aba3e25717850c26c9cd0d89d	a
2>~ sha1sum: cannot open nosuch: .*does not exist
? error
