# export: commands.md §1 export
=== no arguments
$ export
2> Usage: export [-a] dir [connection]
? usage

=== too many arguments
$ export a b c
2> Usage: export [-a] dir [connection]
? usage

=== -a alone
$ export -a
2> Usage: export [-a] dir [connection]
? usage

=== a connection file that cannot be opened
$ export /tmp /nonexist
2> export: can't open /nonexist: '/nonexist' file does not exist
? open

=== over a pipe, mounted
+ echo hi >f
+ mkdir d
+ echo there >d/g
$ mount {export /tmp/case} /n; cat /n/f /n/d/g; ls /n
> hi
> there
> /n/d
> /n/f
?

=== changes through the mount reach the exported files
$ mount -c {export /tmp/case} /n; echo new >/n/made; cat made
> new
?

=== a directory that does not exist: export fails, and so does the mount
$ mount -q {export /nonexist} /n; echo $status
> mount failed
2> export: can't export: '/nonexist' file does not exist
?
