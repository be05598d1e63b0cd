# time: commands.md §1 time
=== the times go to standard error
$ time sleep 0
2>~ [0-9.e+-]+l [0-9.e+-]+r [0-9.e+-]+t
?

=== the command's output is its own
$ time echo hi
> hi
2>~ [0-9.e+-]+l [0-9.e+-]+r [0-9.e+-]+t
?

=== a second's sleep
$ time sleep 1
2>~ [0-9.e+-]+l 1(\.[0-9]+)?r 1(\.[0-9]+)?t
?

=== a path with .dis
$ time /dis/echo.dis a
> a
2>~ [0-9.e+-]+l [0-9.e+-]+r [0-9.e+-]+t
?

=== a failing command: its exit record, time's status empty
$ time sleep x
2> usage: sleep time
2>~ [0-9]+ "Sleep":fail:usage
2>~ [0-9.e+-]+l [0-9.e+-]+r [0-9.e+-]+t
?

=== a command that does not exist
$ time nosuch
2>~ time: nosuch: .*does not exist
?

=== no command
$ time
2> usage: time cmd ...
?
