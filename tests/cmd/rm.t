# rm: commands.md §1 rm
=== removes a file
+ : >f
+ : >g
$ rm f; ls
> g
?

=== removes an empty directory
+ mkdir d
$ rm d; ls
?

=== several files
+ : >a
+ : >b
$ rm a b; ls
?

=== a missing file
$ rm nosuch
2> rm: nosuch: 'nosuch' file does not exist
? errors

=== goes on after a failure
+ : >a
$ rm nosuch a
2> rm: nosuch: 'nosuch' file does not exist
? errors

=== the files after a failure are removed
+ : >a
+ : >b
$ rm a nosuch b; ls
2> rm: nosuch: 'nosuch' file does not exist
?

=== a directory that is not empty
+ mkdir d
+ : >d/f
$ rm d
2> rm: d: Directory not empty
? errors

=== -f: no message and no failure
$ rm -f nosuch
?

=== -r empties a directory first
+ mkdir -p d/e/f
+ : >d/a
+ : >d/e/b
+ : >keep
$ rm -r d; ls
> keep
?

=== -r on a plain file
+ : >f
$ rm -r f; ls
?

=== -rf on a missing file
$ rm -rf nosuch
?

=== no files
$ rm
2> Usage: rm [-fr] file ...
? usage

=== an unknown flag
$ rm -z f
2> Usage: rm [-fr] file ...
? usage
