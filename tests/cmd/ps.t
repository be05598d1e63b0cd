# ps: commands.md §1 ps
=== ps lists itself
$ ps | grep Ps
>~  +[0-9]+ +[0-9]+ +\S+ +0:00\.0 +ready +[0-9]+K Ps\[\$Sys\]
?

=== the line's fields are laid out as %8d %8d %10s %s %10s %5dK %s
$ ps | grep Ps
>~ [ 0-9]{8} [ 0-9]{8} [ \S]{10}    0:00\.0 [ a-z]{10} [ 0-9]{5}K Ps\[\$Sys\]
?

=== a sleeping process is listed
$ sleep 100 & ps | grep Sleep; kill Sleep
>~  +[0-9]+ +[0-9]+ +\S+ +0:00\.0 +\S+ +[0-9]+K Sleep(\[\$Sys\])?
>~ [0-9]+ 
?

=== arguments are ignored
$ ps -x y | grep Ps
>~  +[0-9]+ +[0-9]+ +\S+ +0:00\.0 +ready +[0-9]+K Ps\[\$Sys\]
?
