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
