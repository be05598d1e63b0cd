# test: commands.md §1 test
=== a non-empty string is true
$ test a
?

=== the empty string is false
$ test ''
? false

=== -n
$ test -n a
?

=== -n of the empty string
$ test -n ''
? false

=== -z
$ test -z ''
?

=== -z of a string
$ test -z a
? false

=== = equal strings
$ test abc '=' abc
?

=== = different strings
$ test abc '=' abd
? false

=== !=
$ test abc '!=' abd
?

=== -eq
$ test 10 -eq 010
?

=== -ne
$ test 1 -ne 1
? false

=== -gt
$ test 10 -gt 9
?

=== -gt false
$ test 9 -gt 10
? false

=== -lt
$ test 9 -lt 10
?

=== -ge
$ test 10 -ge 10
?

=== -le
$ test 11 -le 10
? false

=== a negative number is not unsigned decimal
$ test -1 -lt 2
2>~ test: bad syntax: .+
? bad syntax

=== not a number
$ test a -eq 1
2>~ test: bad syntax: .+
? bad syntax

=== -f a file
+ : >f
$ test -f f
?

=== -f a directory
+ mkdir d
$ test -f d
? false

=== -f nothing
$ test -f nosuch
? false

=== -d a directory
+ mkdir d
$ test -d d
?

=== -d a file
+ : >f
$ test -d f
? false

=== -e
+ mkdir d
$ test -e d
?

=== -e nothing
$ test -e nosuch
? false

=== -r
+ : >f
$ test -r f
?

=== -r nothing
$ test -r nosuch
? false

=== -w
+ : >f
$ test -w f
?

=== -w a directory
+ mkdir d
$ test -w d
? false

=== -x an executable
+ : >x
+ chmod 711 x
$ test -x x
?

=== -x a plain file
+ : >f
+ chmod 644 f
$ test -x f
? false

=== -s a file with data
+ printf x >f
$ test -s f
?

=== -s an empty file
+ : >f
$ test -s f
? false

=== -A, -L, -T: host files have none of these bits
+ : >f
$ test -A f -o -L f -o -T f
? false

=== -t: standard output is not the console here
$ test -t
? false

=== -t 0: neither is standard input
$ test -t 0
? false

=== -nt
+ : >a
+ : >b
+ touch -d @100 a
+ touch -d @200 b
$ test b -nt a
?

=== -nt false
+ : >a
+ : >b
+ touch -d @100 a
+ touch -d @200 b
$ test a -nt b
? false

=== -ot
+ : >a
+ : >b
+ touch -d @100 a
+ touch -d @200 b
$ test a -ot b
?

=== -nt with a missing file
+ : >a
$ test a -nt nosuch
? false

=== -older in days
+ : >f
+ touch -d @100 f
$ test 1d -older f
?

=== -older: a new file
+ : >f
$ test 1h -older f
? false

=== -older in units together
+ : >f
+ touch -d @100 f
$ test 1y2M3d4h5m6s -older f
?

=== -older in plain seconds
+ : >f
+ touch -d @100 f
$ test 3600 -older f
?

=== -older with a bad age
+ : >f
$ test 1x -older f
2>~ test: bad syntax: .+
? bad syntax

=== !
$ test ! ''
?

=== ! of a true expression
$ test ! a
? false

=== -a
$ test a -a ''
? false

=== -o
$ test '' -o a
?

=== -a binds tighter than -o
$ test a -o '' -a ''
?

=== parentheses
$ test '(' a -o '' ')' -a ''
? false

=== a missing )
$ test '(' a
2>~ test: bad syntax: .+
? bad syntax

=== two strings
$ test a b
2>~ test: bad syntax: .+
? bad syntax

=== no arguments
$ test
? usage
