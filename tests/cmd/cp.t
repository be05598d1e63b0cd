# cp: commands.md §1 cp
=== a file to a new file
+ printf 'x\n' >a
$ cp a b; cat b
> x
?

=== a file over an existing one
+ printf 'new\n' >a
+ printf 'old and longer\n' >b
$ cp a b; cat b
> new
?

=== into a directory
+ mkdir d
+ printf 'x\n' >a
$ cp a d; cat d/a
> x
?

=== several files into a directory
+ mkdir d
+ : >a
+ : >b
$ cp a b d; ls d
> d/a
> d/b
?

=== a file longer than one block
+ i=1; while [ $i -le 3000 ]; do echo $i; i=$((i+1)); done >a
$ cp a b; cmp a b
?

=== a new file gets the source's permissions
+ printf x >a
+ chmod 640 a
$ cp a b; ls -l b
>~ --rw-r----- U [0-9]+ \S+ \S+ 1 .* b
?

=== an existing target keeps its mode
+ printf 'x\n' >a
+ chmod 644 a
+ : >b
+ chmod 600 b
$ cp a b; ls -l b
>~ --rw------- U [0-9]+ \S+ \S+ 2 .* b
?

=== -x: the mode and modification time too
+ printf x >a
+ chmod 600 a
+ touch -d @1000 a
+ : >b
$ cp -x a b; ls -le b
>~ --rw------- U [0-9]+ \S+ \S+ 1 1000 b
?

=== without -x the time is now
+ printf x >a
+ touch -d @1000 a
$ cp a b; test 100 -older b
? false

=== -r: a tree to a new directory
+ mkdir -p d/e
+ printf 1 >d/f
+ printf 2 >d/e/g
$ cp -r d n; ls n n/e; cat n/e/g
> n/e
> n/f
> n/e/g
>- 2
?

=== -r: into an existing directory
+ mkdir d t
+ printf 1 >d/f
$ cp -r d t; ls t t/d
> t/d
> t/d/f
?

=== -r: several trees into a directory
+ mkdir d e t
+ : >d/f
+ : >e/g
$ cp -r d e t; ls t/d t/e
> t/d/f
> t/e/g
?

=== -r: a plain file
+ printf x >a
$ cp -r a b; cat b
>- x
?

=== several files and a target that is not a directory
+ : >a
+ : >b
+ : >c
$ cp a b c
2> cp: c  not a directory
? error

=== the same file
+ : >a
$ cp a a
2> cp: a and a are the same file
? error

=== the same file through its directory
+ : >a
$ cp a .
2> cp: a and ./a are the same file
? error

=== a directory without -r
+ mkdir d
$ cp d e
2> cp: d is a directory
? error

=== the source does not exist
$ cp nosuch b
2> cp: nosuch: 'nosuch' file does not exist
? error

=== the target cannot be made
+ : >a
$ cp a /nonexist/b
2> cp: cannot create /nonexist/b: '/nonexist' does not exist
? error

=== goes on after a failure
+ mkdir d
+ : >a
$ cp nosuch a d; ls d
2> cp: nosuch: 'nosuch' file does not exist
> d/a
?

=== -r: a directory into itself
+ mkdir d
$ cp -r d d
2> cp: cannot copy d into itself
? error

=== -r: a directory into one below it
+ mkdir -p d/e
$ cp -r d d/e
2> cp: cannot copy d into itself
? error

=== -r: onto a directory that exists
+ mkdir -p d t/d
$ cp -r d t
2> cp: cannot copy d onto another directory
? error

=== -r: a directory onto a plain file
+ mkdir d
+ : >f
$ cp -r d f
2> cp: f: destination not a directory
? error

=== -r: several sources and no target directory
+ mkdir d e
$ cp -r d e nosuch
2> cp: nosuch  not a directory
? error

=== -r: the source does not exist
$ cp -r nosuch t
2> cp: can't stat nosuch: 'nosuch' file does not exist
? error

=== -r: a directory loop
+ mkdir -p d/e
$ bind d d/e; cp -r d n
2> cp: d/e: directory loop found
? error

=== one argument
$ cp a
2> usage: 	cp [-gux] src target
2> 	cp [-r] [-gux] src ... directory
? usage

=== an unknown flag
$ cp -z a b
2> usage: 	cp [-gux] src target
2> 	cp [-r] [-gux] src ... directory
? usage
