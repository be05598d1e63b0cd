# cd: commands.md §1 cd
=== into a directory
+ mkdir d
$ cd d; pwd
> /tmp/case/d
?

=== a rooted name
$ cd /dis; pwd
> /dis
?

=== .. goes up
+ mkdir -p a/b
$ cd a/b; cd ..; pwd
> /tmp/case/a
?

=== the directory is kept for later commands
+ mkdir d
+ printf 'x\n' >d/f
$ cd d; cat f
> x
?

=== no argument: /usr/USER, which the test root lacks
$ cd
2>~ cd: /usr/[^/]+: .*does not exist
? failed

=== a directory that does not exist
$ cd nosuch
2> cd: nosuch: 'nosuch' file does not exist
? failed

=== a plain file
+ : >f
$ cd f
2>~ cd: f: .+
? failed

=== two arguments
$ cd a b
2> Usage: cd [directory]
? usage
