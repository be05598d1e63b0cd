# look: commands.md §1 look; /lib/words is appl/root/lib/words
=== the words beginning with a string, case folded in /lib/words
$ look -f INFERN
> infernal
> inferno
?

=== /lib/words is searched with -d and -f implied
$ look INFERN
> infernal
> inferno
?

=== several words with a prefix
$ look brea
> bread
> break
> breakfast
> breathe
?

=== the last word of the list
$ look zoo
> zoo
?

=== the first word of the list
$ look -x a
> a
?

=== -x: the whole word must match
$ look -x break
> break
?

=== nothing found
$ look qqq
? not found

=== a file of one's own
+ printf 'apple\nbanana\nbandana\ncherry\n' >f
$ look ban f
> banana
> bandana
?

=== case matters in a file of one's own
+ printf 'apple\nbanana\nbandana\ncherry\n' >f
$ look Ban f
? not found

=== -f folds case
+ printf 'apple\nbanana\nbandana\ncherry\n' >f
$ look -f Ban f
> banana
> bandana
?

=== -d compares only letters, digits and blanks
+ printf 'a-b\nab-c\nabd\n' >f
$ look -d abc f
> ab-c
?

=== -n compares numbers
+ printf '1\tone\n2\ttwo\n10\tten\n' >f
$ look -n 10 f
> 10	ten
?

=== the key ends at a tab
+ printf 'k1\tv1\nk2\tv2\n' >f
$ look -x k2 f
> k2	v2
?

=== -t sets the character that ends the key
+ printf 'k1:v1\nk2:v2\n' >f
$ look -x -t: k2 f
> k2:v2
?

=== -t with its argument in the next word
+ printf 'k1:v1\nk2:v2\n' >f
$ look -x -t : k1 f
> k1:v1
?

=== without -t the key is the whole line
+ printf 'k1:v1\nk2:v2\n' >f
$ look -x k2 f
? not found

=== -r prints a range
+ printf 'apple\nbanana\nbandana\ncherry\n' >f
$ look -r banana apple f
> apple
> banana
?

=== -i takes keys from standard input
+ printf 'apple\nbanana\nbandana\ncherry\n' >f
< che
< app
$ look -i f
> cherry
> apple
?

=== no string: keys from standard input
< zoo
< zero
$ look
> zoo
> zero
?

=== a longer file: every line is found by the binary search
+ i=0; while [ $i -lt 500 ]; do printf 'w%04d\n' $i; i=$((i+1)); done >f
$ look -x w0000 f; look -x w0250 f; look -x w0499 f; look w049 f
> w0000
> w0250
> w0499
> w0490
> w0491
> w0492
> w0493
> w0494
> w0495
> w0496
> w0497
> w0498
> w0499
?

=== a missing file
$ look a nosuch
2> look: can't open nosuch
? no dictionary

=== an unknown option
$ look -z a
2> usage: look -[dfinx] [-r lastkey] [-t c] [string] [file]
? usage

=== -t needs its argument
$ look -t
2> usage: look -[dfinx] [-r lastkey] [-t c] [string] [file]
? usage
