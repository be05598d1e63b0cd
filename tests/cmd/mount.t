# mount: commands.md §1 mount, and the mount driver (man/3/mnt) under
# it: {command} served by export (a Styx server on its standard input),
# files read, created and listed through the mount (ls -l shows device
# M), and what fails before or at sys->mount (a plain file or
# {sleep 0} does not speak 9P).
=== {export DIR}: the files of DIR through the mount
+ mkdir d m; echo hello >d/f
$ mount {export d} m; cat m/f; ls m
> hello
> m/f
?

=== ls -l shows the mount driver's device type M
+ mkdir d m; echo hello >d/f
$ mount {export d} m; ls -l m | sed 's/^(.............).*( m\/f)$/\1\2/'
> --rw-r--r-- M m/f
?

=== -c: files can be created in the mount point, and land in DIR
+ mkdir d m
$ mount -c {export d} m; echo new >m/g; cat d/g; rm m/g; ls d
> new
?

=== without -c the mounted directory forbids creation
+ mkdir d m
$ mount {export d} m; echo new >m/g
2> sh: m/g: mounted directory forbids creation
? mounted directory forbids creation

=== a missing file through the mount
+ mkdir d m
$ mount {export d} m; cat m/nonesuch
2> cat: cannot open m/nonesuch: 'm/nonesuch' file does not exist
? bad open

=== unmount: the directory is itself again
+ mkdir d m; echo x >d/f; echo y >m/own
$ mount {export d} m; unmount m; ls m
> m/own
?

=== a command that ends at once: the mount fails, hung up
+ mkdir m
$ mount {sleep 0} m
2> mount: mount failed: i/o on hungup channel
? mount failed

=== a file that does not exist
$ mount -A /nonexist /n/x
2> mount: can't open /nonexist: '/nonexist' file does not exist
? open failed

=== a name that cannot be opened is dialled, completed to net!NAME!styx
$ mount -A nosuch /n/x
2>~ mount: can't dial net!nosuch!styx: .+
? dial failed

=== a name with ! is dialled, completed with !styx
$ mount -A 'tcp!nosuch' /n/x
2>~ mount: can't dial tcp!nosuch!styx: .+
? dial failed

=== a complete address is dialled as it is
$ mount -A 'tcp!nosuch!6666' /n/x
2>~ mount: can't dial tcp!nosuch!6666: .+
? dial failed

=== a file that does not speak 9P
+ : >f
$ mount -A f /n
2>~ mount: mount failed: .+
? mount failed

=== -q: no message when the mount fails
+ : >f
$ mount -qA f /n
? mount failed

=== without -A: the default key file cannot be read
+ : >f
$ mount f /n
2>~ mount: cannot read /usr/[^/]+/keyring/default: .+
? error

=== -k: a relative key file is under /usr/USER/keyring
+ : >f
$ mount -k mykey f /n
2>~ mount: cannot read /usr/[^/]+/keyring/mykey: .+
? error

=== -k: a rooted key file
+ : >f
$ mount -k /tmp/case/nokey f /n
2>~ mount: cannot read /tmp/case/nokey: .+
? error

=== a command that does not speak 9P
$ mount '{sleep 0}' /n
2>~ mount: mount failed: .+
? mount failed

=== -o: no converter from the 1995 dialect
+ : >f
$ mount -oA f /n
2>~ mount: cannot load /dis/lib/styxconv/styxconv.dis: .+
? load

=== no arguments
$ mount
2> usage: mount [-a|-b] [-coA9] [-C cryptoalg] [-k keyfile] [-q] net!addr|file|{command} mountpoint [spec]
? usage

=== one argument
$ mount f
2> usage: mount [-a|-b] [-coA9] [-C cryptoalg] [-k keyfile] [-q] net!addr|file|{command} mountpoint [spec]
? usage

=== four arguments
$ mount a b c d
2> usage: mount [-a|-b] [-coA9] [-C cryptoalg] [-k keyfile] [-q] net!addr|file|{command} mountpoint [spec]
? usage

=== -a with -b
$ mount -ab f /n
2> usage: mount [-a|-b] [-coA9] [-C cryptoalg] [-k keyfile] [-q] net!addr|file|{command} mountpoint [spec]
? usage

=== -C without its argument
$ mount -C
2> usage: mount [-a|-b] [-coA9] [-C cryptoalg] [-k keyfile] [-q] net!addr|file|{command} mountpoint [spec]
? usage

=== an unknown flag
$ mount -z f /n
2> usage: mount [-a|-b] [-coA9] [-C cryptoalg] [-k keyfile] [-q] net!addr|file|{command} mountpoint [spec]
? usage
