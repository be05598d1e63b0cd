# du: commands.md §1 du
=== a directory: its line after its contents
+ mkdir d
+ printf 'x\n' >d/f
$ du d
> 1    d
?

=== no argument: ., its entries named without ./
+ mkdir -p d/e
+ printf 'x\n' >d/e/f
$ du
> 1    d/e
> 1    d
> 1    .
?

=== -a lists the files too
+ mkdir -p d/e
+ printf 'x\n' >d/e/f
$ du -a
> 1    d/e/f
> 1    d/e
> 1    d
> 1    .
?

=== -s only the argument
+ mkdir -p d/e
+ printf 'x\n' >d/e/f
$ du -s d
> 1    d
?

=== a file argument
+ printf 'x\n' >f
$ du f
> 1    f
?

=== an empty file has no blocks
+ : >f
$ du f
> 0    f
?

=== each file is rounded up to whole KiB
+ mkdir d
+ printf a >d/a
+ printf b >d/b
$ du d
> 2    d
?

=== a file just over 1024 bytes
+ head -c 1025 /dev/zero >f
$ du f
> 2    f
?

=== sizes wider than 4 columns push the name
+ truncate -s 20480000 f
$ du f
> 20000 f
?

=== -b: blocks of 4 KiB
+ printf a >f
$ du -b 4k f
> 4    f
?

=== -b: blocks of 512 bytes, the total in KiB
+ mkdir d
+ printf a >d/a
+ printf b >d/b
$ du -b 512 d
> 1    d
?

=== a name with a blank is quoted
+ mkdir 'a b'
+ printf x >'a b/f'
$ du 'a b'
> 1    'a b'
?

=== -t: the modification time
+ printf x >f
+ touch -d @1000 f
$ du -t f
> 1000 f
?

=== -u: the access time
+ printf x >f
+ touch -m -d @1000 f
+ touch -a -d @2000 f
$ du -u f
> 2000 f
?

=== -n: names only
+ printf x >f
+ printf yy >g
$ du -n f g
> f
> g
?

=== -n -t: name, time, length and 0
+ printf xyz >f
+ touch -d @1000 f
$ du -nt f
> f 1000 3 0
?

=== several arguments
+ mkdir d
+ printf x >d/f
+ printf y >g
$ du d g
> 1    d
> 1    g
?

=== a missing file: a message, the status unchanged
+ printf x >f
$ du nosuch f
2> du: can't stat nosuch: 'nosuch' file does not exist
> 1    f
?

=== an unknown flag
$ du -x
2> usage: du [-anstu] [-b bsize] [file ...]
? usage

=== -b without its argument
$ du -b
2> usage: du [-anstu] [-b bsize] [file ...]
? usage

=== -b with a bad size
$ du -b x f
2> usage: du [-anstu] [-b bsize] [file ...]
? usage
