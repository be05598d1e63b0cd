# unmount: commands.md §1 unmount
=== everything bound on the target goes
+ mkdir a b c
+ : >a/x
+ : >c/z
$ bind a b; bind -a c b; unmount b; ls b
?

=== only the source named goes
+ mkdir a b c
+ : >a/x
+ : >c/z
$ bind a b; bind -a c b; unmount a b; ls b
> b/z
?

=== the target after unmount is the directory itself
+ mkdir a b
+ : >a/x
+ : >b/y
$ bind a b; unmount b; ls b
> b/y
?

=== nothing bound there: a message, empty status
+ mkdir d
$ unmount d
2>~ unmount: .+
?

=== a target that does not exist: empty status
$ unmount nosuch
2> unmount: 'nosuch' file does not exist
?

=== no arguments: empty status
$ unmount
2> Usage: unmount [source] target
?

=== three arguments: empty status
$ unmount a b c
2> Usage: unmount [source] target
?
