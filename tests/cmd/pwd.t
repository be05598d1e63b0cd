# pwd: commands.md §1 pwd
=== the case's directory
$ pwd
> /tmp/case
?
