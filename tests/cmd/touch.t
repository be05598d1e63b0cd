# touch: commands.md §1 touch
=== makes a missing file
$ touch f; ls
> f
?

=== the new file is empty
$ touch f; du -a f
> 0    f
?

=== -t sets the modification time
$ touch -t 86400 f; du -t f
> 86400 f
?

=== an existing file keeps its contents
+ printf 'x\n' >f
$ touch -t 100 f; cat f; du -t f
> x
> 100 f
?

=== without -t: now
+ touch -d @1000 f
$ touch f; test 1000 -older f
? false

=== several files
$ touch -t 5 a b; du -t a b
> 5 a
> 5 b
?

=== -c does not make a missing file
$ touch -c f
2> touch: f: cannot change time: 'f' file does not exist
? touch

=== -c changes an existing file
+ : >f
$ touch -c -t 7 f; du -t f
> 7 f
?

=== a file that cannot be made
$ touch /nonexist/f
2> touch: /nonexist/f: cannot create: '/nonexist' does not exist
? touch

=== goes on after a failure
$ touch /nonexist/f g; ls
2> touch: /nonexist/f: cannot create: '/nonexist' does not exist
> g
?

=== no files
$ touch
2> usage: touch [-c] [-t time] file ...
? usage

=== -t without a number
$ touch -t x f
2> usage: touch [-c] [-t time] file ...
? usage

=== an unknown flag
$ touch -z f
2> usage: touch [-c] [-t time] file ...
? usage
