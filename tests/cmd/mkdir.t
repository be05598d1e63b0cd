# mkdir: commands.md §1 mkdir
=== makes each directory
$ mkdir a b; ls -d a b
> a
> b
?

=== the new directory is a directory
$ mkdir d; ls -ld d
>~ d-rwx.* d
?

=== no arguments: nothing
$ mkdir
?

=== an existing directory
+ mkdir d
$ mkdir d
2> mkdir: d already exists
? error

=== an existing file
+ : >f
$ mkdir f
2> mkdir: f already exists
? error

=== a missing parent
$ mkdir a/b
2> mkdir: can't create a/b: 'a' does not exist
? error

=== goes on after a failure
+ mkdir d
$ mkdir d e
2> mkdir: d already exists
? error

=== the directories after a failure are made
+ mkdir d
$ mkdir d e; ls -d e
2> mkdir: d already exists
> e
?

=== -p makes the missing parents
$ mkdir -p a/b/c; ls a a/b
> a/b
> a/b/c
?

=== -p accepts directories that exist
+ mkdir -p a/b
$ mkdir -p a/b a
?

=== -p with a file in the way
+ : >f
$ mkdir -p f/g
2> mkdir: can't create f/g: ./f not a directory
? error

=== -p counts only as the first argument
$ mkdir a -p; ls
> -p
> a
?
