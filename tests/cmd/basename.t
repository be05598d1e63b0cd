# basename: commands.md §1 basename
=== the last element
$ basename /a/b/c.b
> c.b
?

=== a name without /
$ basename file
> file
?

=== a suffix present at the end is removed
$ basename /a/b/c.b .b
> c
?

=== a suffix not at the end is left
$ basename /a/b/c.b .x
> c.b
?

=== -d: the directory part
$ basename -d /a/b/c.b
> /a/b
?

=== -d with no /: .
$ basename -d c.b
> .
?

=== no argument
$ basename
2> usage: basename [-d] string [suffix]
? usage

=== three arguments
$ basename a b c
2> usage: basename [-d] string [suffix]
? usage

=== -d with a suffix
$ basename -d /a/b.c .c
2> usage: basename [-d] string [suffix]
? usage

=== an unknown flag
$ basename -x a
2> usage: basename [-d] string [suffix]
? usage

=== -d of a name in the root directory: /
$ basename -d /c; basename -d /
> /
> /
?

=== -d leaves out slashes at the end and before the last element
$ basename -d a/; basename -d /a/; basename -d a//b; basename -d /a/b//
> .
> /
> a
> /a
?
