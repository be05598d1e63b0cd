# ns: commands.md §1 ns. The first case is the start-up name space of
# Ember's host kernel (targets/host.conf, commands.md §4) in the test
# root, which has /dev and /net directories (bound after with -a)
=== the name space, ending with the current directory
$ ns
> bind / /
> bind -ac '#U' /
> bind /dev /dev
> bind -b '#c' /dev
> bind '#p' /prog
> bind '#d' /fd
> bind /net /net
> bind -a '#I' /net
> bind -a /dev /dev
> bind -a /net /net
> bind -c '#e' /env
> bind '#s' /chan
> cd /tmp/case
?

=== a bind before: the directory kept first, then the bind
+ mkdir a b
$ bind -b a b; ns | grep case
> bind /tmp/case/b /tmp/case/b
> bind -b /tmp/case/a /tmp/case/b
> cd /tmp/case
?

=== flags a and c
+ mkdir a b
$ bind -ac a b; ns | grep case
> bind /tmp/case/b /tmp/case/b
> bind -ac /tmp/case/a /tmp/case/b
> cd /tmp/case
?

=== a replacing bind has no flags
+ mkdir a b
$ bind a b; ns | grep case
> bind /tmp/case/a /tmp/case/b
> cd /tmp/case
?

=== names with blanks or quotes are quoted
+ mkdir "a b" "it's"
$ bind 'a b' 'it''s'; ns | grep case
> bind '/tmp/case/a b' '/tmp/case/it''s'
> cd /tmp/case
?

=== a name holding a blank then a # is one name
+ mkdir "a #b" "c #d"
$ bind 'a #b' 'c #d'; ns | grep case
> bind '/tmp/case/a #b' '/tmp/case/c #d'
> cd /tmp/case
?

=== a name with a backslash or a dollar is quoted
+ mkdir 'b\s' 'd$x'
$ bind -a 'd$x' 'b\s'; ns | grep case
> bind '/tmp/case/b\s' '/tmp/case/b\s'
> bind -a '/tmp/case/d$x' '/tmp/case/b\s'
> cd /tmp/case
?

=== the current directory with a blank and a quote in its name
+ mkdir "it's here"
$ cd 'it''s here'; ns | grep case
> cd '/tmp/case/it''s here'
?

=== the kernel's file quotes names as tokenize reads them
+ mkdir "a b" c
$ load std; bind -b 'a b' c; cat /prog/${pid}/ns | grep case
> bind /tmp/case/c /tmp/case/c
> bind -b '/tmp/case/a b' /tmp/case/c
> cd /tmp/case
?

=== a device's name is quoted and keeps its #
+ mkdir d
$ bind '#c' d; ns | grep case
> bind '#c' /tmp/case/d
> cd /tmp/case
?

=== a bind of #U/ is shown as the host name
+ mkdir d
$ bind '#U/dis' d; ns | grep case
> bind /dis /tmp/case/d
> cd /tmp/case
?

=== -r: the same when nothing is mounted from the network
+ mkdir a b
$ bind a b; ns -r | grep case
> bind /tmp/case/a /tmp/case/b
> cd /tmp/case
?

=== the current directory after cd
+ mkdir d
$ cd d; ns | grep case
> cd /tmp/case/d
?

=== a process that does not exist
$ ns 99999
2> ns: can't open /prog/99999/ns: '/prog/99999' does not exist
? open

=== two pids
$ ns 1 2
2> usage: ns [-r] [pid]
? usage

=== an unknown flag
$ ns -x
2> usage: ns [-r] [pid]
? usage

=== a mount: the server's end of its pipe, quoted, and no attach name
+ mkdir m
$ memfs m; ns | grep case
> mount '#|/data1' /tmp/case/m
> cd /tmp/case
?
