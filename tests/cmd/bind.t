# bind: commands.md §1 bind
=== replace: the target shows the source
+ mkdir a b
+ : >a/x
+ : >b/y
$ bind a b; ls b
> b/x
?

=== -a: a union, the source after
+ mkdir a b
+ printf 'from a\n' >a/f
+ printf 'from b\n' >b/f
+ : >a/x
$ bind -a a b; ls b; cat b/f
> b/f
> b/f
> b/x
> from b
?

=== -b: a union, the source before
+ mkdir a b
+ printf 'from a\n' >a/f
+ printf 'from b\n' >b/f
$ bind -b a b; cat b/f
> from a
?

=== -c: files are created in the source
+ mkdir a b
$ bind -bc a b; touch b/new; ls a
> a/new
?

=== without -c nothing can be created in the union
+ mkdir a b
$ bind -b a b; touch b/new
2>~ touch: b/new: cannot create: .+
? touch

=== flags in separate words
+ mkdir a b
$ bind -b -c a b; touch b/new; ls a
> a/new
?

=== a file onto a file
+ printf 'one\n' >f
+ printf 'two\n' >g
$ bind f g; cat g
> one
?

=== a device, quoted
+ mkdir d
$ bind '#e' d; ls -d d
> d
?

=== -- ends the flags
+ mkdir -- -a b
+ : >-a/x
$ bind -- -a b; ls b
> b/x
?

=== the source does not exist
+ mkdir b
$ bind nosuch b
2> bind: nosuch: 'nosuch' file does not exist
? bind

=== the target does not exist
+ mkdir a
$ bind a nosuch
2> bind: nosuch: 'nosuch' file does not exist
? bind

=== a directory onto a file
+ mkdir d
+ : >f
$ bind d f
2>~ bind: cannot bind d onto f: .+
? bind

=== -q: silent, empty status
+ mkdir b
$ bind -q nosuch b
?

=== -a with -b
+ mkdir a b
$ bind -ab a b
2> usage: bind [-a|-b|-c|-ac|-bc] [-q] source target
? usage

=== an unknown flag
+ mkdir a b
$ bind -x a b
2> usage: bind [-a|-b|-c|-ac|-bc] [-q] source target
? usage

=== one name
$ bind a
2> usage: bind [-a|-b|-c|-ac|-bc] [-q] source target
? usage

=== three names
$ bind a b c
2> usage: bind [-a|-b|-c|-ac|-bc] [-q] source target
? usage
