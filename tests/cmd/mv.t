# mv: commands.md §1 mv
=== rename a file
+ printf 'x\n' >a
$ mv a b; ls; cat b
> b
> x
?

=== an existing target is replaced
+ printf 'new\n' >a
+ printf 'old\n' >b
$ mv a b; ls; cat b
> b
> new
?

=== into a directory
+ mkdir d
+ printf 'x\n' >a
$ mv a d; ls . d; cat d/a
> ./d
> d/a
> x
?

=== several files into a directory
+ mkdir d
+ : >a
+ : >b
$ mv a b d; ls d
> d/a
> d/b
?

=== to another directory: copied, then removed
+ mkdir d
+ printf 'x\n' >d/a
$ mv d/a b; ls . d; cat b
> ./b
> ./d
> x
?

=== rename a directory
+ mkdir d
+ : >d/f
$ mv d e; ls e
> e/f
?

=== several files and a target that is not a directory
+ : >a
+ : >b
+ : >c
$ mv a b c
2> mv: c not a directory
? error

=== the source does not exist
$ mv nosuch b
2> mv: can't stat nosuch: 'nosuch' file does not exist
? error

=== goes on after a failure
+ mkdir d
+ : >a
$ mv nosuch a d; ls d
2> mv: can't stat nosuch: 'nosuch' file does not exist
> d/a
?

=== a file onto itself
+ : >a
$ mv a a
2> mv: a and a are the same
? error

=== a directory onto an existing name
+ mkdir d
+ : >f
$ mv d f
2> mv: can't rename a directory to an existing name
? error

=== a directory into another directory
+ mkdir d e
$ mv d e
2> mv: d is a directory, not copied to e/d
? error

=== one argument
$ mv a
2> usage: mv fromfile tofile
2>        mv fromfile ... todir
? usage

=== no arguments
$ mv
2> usage: mv fromfile tofile
2>        mv fromfile ... todir
? usage
