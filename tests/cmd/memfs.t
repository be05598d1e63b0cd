# memfs: man/1/memfs
=== no arguments
$ memfs
2> usage: memfs [-a|-b] [-c] mountpoint | memfs -s
? usage

=== -s takes no mountpoint
$ memfs -s /n
2> usage: memfs [-a|-b] [-c] mountpoint | memfs -s
? usage

=== -a and -b together
$ memfs -ab /n
2> usage: memfs [-a|-b] [-c] mountpoint | memfs -s
? usage

=== a mountpoint that does not exist
$ memfs /nonexist
2> memfs: mount failed: '/nonexist' file does not exist
? mount failed

=== files and directories in memory
$ memfs -c /n; echo hi >/n/a; mkdir /n/d; cp /n/a /n/d/b; ls /n /n/d; cat /n/d/b; wc /n/d/b
> /n/a
> /n/d
> /n/d/b
> hi
>       1       1       3 /n/d/b
?

=== ls -l: device M, the length, the creator's mode
$ memfs -c /n; echo hello >/n/x; ls -l /n/x
>~ --rw-rw-rw- M [0-9]+ \S+ \S+ 6 .* /n/x
?

=== rm of a file and an empty directory
$ memfs -c /n; mkdir /n/d; echo >/n/f; rm /n/f /n/d; ls /n
?

=== a directory with something in it is not removed
$ memfs -c /n; mkdir /n/d; echo >/n/d/f; rm /n/d
2> rm: /n/d: directory not empty
? errors

=== without -c nothing can be created
$ memfs /n; echo x >/n/f
2> sh: /n/f: mounted directory forbids creation
? mounted directory forbids creation

=== mv renames within it
$ memfs -c /n; echo 1 >/n/a; mv /n/a /n/b; ls /n; cat /n/b
> /n/b
> 1
?

=== served on its standard input, mounted with mount
$ mount -c {memfs -s} /n; echo x >/n/y; cat /n/y
> x
?

=== -b puts it before what is there
+ mkdir dir
+ echo old >dir/old
$ memfs -bc /tmp/case/dir; echo new >dir/new; ls dir
> dir/new
> dir/old
?
