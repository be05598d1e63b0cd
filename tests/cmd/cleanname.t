# cleanname: commands.md §1 cleanname
=== . and x/.. folded, // squeezed
$ cleanname /a/./b/../c//d
> /a/c/d
?

=== no trailing /
$ cleanname /a/b/
> /a/b
?

=== each name on its own line
$ cleanname a//b ./c x/../y
> a/b
> c
> y
?

=== a relative name that folds away entirely
$ cleanname a/..
> .
?

=== .. above the root stays at the root
$ cleanname /../a
> /a
?

=== -d puts dir before a relative name
$ cleanname -d /x y/../z
> /x/z
?

=== -d leaves rooted and # names alone
$ cleanname -d /x /r/s '#c/cons'
> /r/s
> #c/cons
?

=== -d attached to its argument
$ cleanname -d/x y
> /x/y
?

=== no names
$ cleanname
2> usage: cleanname [-d pwd] name ...
? usage

=== -d without its argument
$ cleanname -d
2> usage: cleanname [-d pwd] name ...
? usage

=== an unknown flag
$ cleanname -q a
2> usage: cleanname [-d pwd] name ...
? usage
