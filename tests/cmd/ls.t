# ls: commands.md §1 ls. Owner, group, device number, qids and muids
# come from the host, so -l, -q and -m lines are matched with >~.
=== no arguments: the names in ., sorted
+ : >b
+ mkdir a
$ ls
> a
> b
?

=== code-point order: upper case first
+ : >b
+ : >B
+ : >a
$ ls
> B
> a
> b
?

=== a directory argument: ARG/NAME
+ mkdir d
+ : >d/y
+ : >d/x
$ ls d
> d/x
> d/y
?

=== a directory argument ending in /
+ mkdir d
+ : >d/x
$ ls d/
> d/x
?

=== . given: ./NAME
+ : >f
$ ls .
> ./f
?

=== plain arguments sorted and printed as given
+ mkdir d
+ : >d/b
+ : >d/a
$ ls d/b d/a
> d/a
> d/b
?

=== plain arguments before the next directory, and at the end
+ mkdir d
+ : >d/x
+ : >f
+ : >g
$ ls g d f
> g
> d/x
> f
?

=== an empty directory
+ mkdir d
$ ls d
?

=== -p: only the last element
+ mkdir d
+ : >d/x
$ ls -p d d/x
> x
> x
?

=== -d: a directory itself
+ mkdir d
+ : >d/x
$ ls -d d
> d
?

=== -F: / after directories, * after executables
+ mkdir d
+ : >f
+ : >x
+ chmod 755 x
$ ls -F
> d/
> f
> x*
?

=== -r: reversed
+ : >a
+ : >b
+ : >c
$ ls -r
> c
> b
> a
?

=== -t: newest first
+ : >a
+ : >b
+ : >c
+ touch -d @100 a
+ touch -d @300 b
+ touch -d @200 c
$ ls -t
> b
> c
> a
?

=== -tr: oldest first
+ : >a
+ : >b
+ : >c
+ touch -d @100 a
+ touch -d @300 b
+ touch -d @200 c
$ ls -tr
> a
> c
> b
?

=== -tu: by access time
+ : >a
+ : >b
+ : >c
+ touch -d @100 a b c
+ touch -a -d @300 a
+ touch -a -d @100 b
+ touch -a -d @200 c
$ ls -tu
> a
> c
> b
?

=== -s: smallest first
+ printf 123 >a
+ printf 1 >b
+ printf 12 >c
$ ls -s
> b
> c
> a
?

=== -n: not sorted (one entry)
+ : >f
$ ls -n
> f
?

=== -l: the long format
+ printf hello >f
+ chmod 644 f
+ touch -d @0 f
$ ls -l f
>~ --rw-r--r-- U [0-9]+ \S+ \S+ 5 Jan 01  1970 f
?

=== -l: a directory's mode
+ mkdir d
+ chmod 750 d
+ touch -d @0 d
$ ls -ld d
>~ d-rwxr-x--- U [0-9]+ \S+ \S+ [0-9]+ Jan 01  1970 d
?

=== -l: no permissions at all
+ : >f
+ chmod 0 f
+ touch -d @0 f
$ ls -l f
>~ ----------- U [0-9]+ \S+ \S+ 0 Jan 01  1970 f
?

=== -l: lengths right-justified to the widest
+ printf 1 >a
+ printf 1234567890 >b
+ touch -d @0 a b
$ ls -l
>~ --rw-r--r-- U [0-9]+ \S+ \S+  1 Jan 01  1970 a
>~ --rw-r--r-- U [0-9]+ \S+ \S+ 10 Jan 01  1970 b
?

=== -l: a recent file shows the time of day
+ : >f
$ ls -l f
>~ --rw-r--r-- U [0-9]+ \S+ \S+ 0 (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-3][0-9] [0-2][0-9]:[0-5][0-9] f
?

=== -l: a future date shows the time of day
+ : >f
+ touch -d @2100000000 f
$ ls -l f
>~ --rw-r--r-- U [0-9]+ \S+ \S+ 0 Jul 18 13:20 f
?

=== -l: 100 days ago is recent
+ : >f
+ touch -d @$(( $(date +%s) - 100*86400 )) f
$ ls -l f
>~ --rw-r--r-- U [0-9]+ \S+ \S+ 0 [A-Z][a-z][a-z] [0-3][0-9] [0-2][0-9]:[0-5][0-9] f
?

=== -l: 200 days ago shows the year
+ : >f
+ touch -d @$(( $(date +%s) - 200*86400 )) f
$ ls -l f
>~ --rw-r--r-- U [0-9]+ \S+ \S+ 0 [A-Z][a-z][a-z] [0-3][0-9]  20[0-9][0-9] f
?

=== -le: seconds since the epoch
+ : >f
+ touch -d @12345 f
$ ls -le f
>~ --rw-r--r-- U [0-9]+ \S+ \S+ 0 12345 f
?

=== -lu: the access time
+ : >f
+ touch -m -d @0 f
+ touch -a -d @86400 f
$ ls -lue f
>~ --rw-r--r-- U [0-9]+ \S+ \S+ 0 86400 f
?

=== -l with a time zone
+ : >f
+ touch -d @0 f
$ timezone=(EST -18000 EDT -14400); ls -l f
>~ --rw-r--r-- U [0-9]+ \S+ \S+ 0 Dec 31  1969 f
?

=== -k: KiB rounded up, right-justified
+ printf x >a
+ head -c 10241 /dev/zero >b
$ ls -k
>  1 a
> 11 b
?

=== -q: the qid
+ : >f
$ ls -q f
>~ \([0-9a-f]{16} [0-9]+ 00\) f
?

=== -q: a directory's qid type
+ mkdir d
$ ls -qd d
>~ \([0-9a-f]{16} [0-9]+ 80\) d
?

=== -m: the muid in brackets
+ : >f
$ ls -m f
>~ \[\S*\] +f
?

=== -T: not temporary
+ : >f
$ ls -T f
> - f
?

=== the prefix columns in order
+ printf x >f
+ touch -d @0 f
$ ls -kmqTl f
>~ 1 \[\S*\] +\([0-9a-f]{16} [0-9]+ 00\) - --rw-r--r-- U [0-9]+ \S+ \S+ 1 Jan 01  1970 f
?

=== -F with -l
+ mkdir d
+ touch -d @0 d
$ ls -ldF d
>~ d-rwx\S+ U [0-9]+ \S+ \S+ [0-9]+ Jan 01  1970 d/
?

=== a union lists both members
+ mkdir a b
+ : >a/x
+ : >b/x
$ bind -a a b; ls b
> b/x
> b/x
?

=== -c: the first of equal names only
+ mkdir a b
+ : >a/x
+ : >b/x
$ bind -a a b; ls -c b
> b/x
?

=== a missing file
$ ls nosuch
2> ls: nosuch: 'nosuch' file does not exist
? errors

=== the others are still listed
+ : >f
$ ls nosuch f
2> ls: nosuch: 'nosuch' file does not exist
> f
? errors

=== an unknown flag
$ ls -z
2> usage: ls [-delmnpqrstucFT] [files]
? usage
