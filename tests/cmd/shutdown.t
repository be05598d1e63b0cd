# shutdown: commands.md §1 shutdown (-h and -r end the kernel the test
# runs on, so only the usage is tested)
=== no arguments
$ shutdown
2> usage: shutdown -h or shutdown -r
?

=== an unknown flag
$ shutdown -x
2> usage: shutdown -h or shutdown -r
?

=== both flags
$ shutdown -h -r
2> usage: shutdown -h or shutdown -r
?
