# sleep: commands.md §1 sleep
=== sleep 0 returns
$ sleep 0
?

=== sleep 1
$ sleep 1
?

=== a negative time returns at once
$ sleep -5
?

=== a sign is allowed
$ sleep +0
?

=== not a number
$ sleep x
2> usage: sleep time
? usage

=== trailing junk
$ sleep 1x
2> usage: sleep time
? usage

=== no argument
$ sleep
2> usage: sleep time
? usage

=== two arguments
$ sleep 1 2
2> usage: sleep time
? usage
