# echo: commands.md §1 echo
=== words separated by one blank, then a newline
$ echo hello   world
> hello world
?

=== no arguments: just a newline
$ echo
> 
?

=== -n: no newline
$ echo -n a b
>- a b
?

=== only the first word is examined
$ echo a -n
> a -n
?

=== -- is skipped
$ echo -- -n
> -n
?

=== quoted blanks are kept
$ echo 'a  b' 'it''s'
> a  b it's
?

=== -n alone prints nothing
$ echo -n
?

=== only the first -n counts
$ echo -n -n a
>- -n a
?

=== -- then -n: -n is printed with a newline
$ echo -- -n a
> -n a
?

=== a lone -
$ echo -
> -
?

=== empty arguments keep their blanks
$ echo a '' b
> a  b
?

=== a write error: the message and status write error
$ echo hi >/dev/sysctl
2> echo: write error: unknown control request
? write error
