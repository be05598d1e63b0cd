# kill: commands.md §1 kill
=== kill a process by its number
$ sleep 100 & kill $apid
?

=== kill by module name prints the pids killed
$ sleep 100 & sleep 1; kill Sleep
>~ [0-9]+ 
?

=== every process running the module is killed
$ sleep 100 & sleep 100 & sleep 1; kill Sleep
>~ [0-9]+ [0-9]+ 
?

=== -g with a process that does not exist
$ kill -g 99999
2> kill: cannot open /prog/99999/ctl: '/prog/99999' does not exist
? nothing killed

=== one argument killed is enough
$ sleep 100 & kill Nosuch $apid
2> kill: cannot find Nosuch
?

=== a process that does not exist
$ kill 99999
2> kill: cannot open /prog/99999/ctl: '/prog/99999' does not exist
? nothing killed

=== a module that is not running
$ kill Nosuch
2> kill: cannot find Nosuch
? nothing killed

=== no arguments
$ kill
2> usage: kill [-g] pid|module [...]
? usage

=== an unknown flag
$ kill -x 1
2> usage: kill [-g] pid|module [...]
? usage
