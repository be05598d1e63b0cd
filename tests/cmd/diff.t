# diff: commands.md §1 diff
=== a change and an addition (the observed example)
+ printf 'a\nb\nc\nd\n' >f1
+ printf 'a\nx\nc\nd\ne\n' >f2
$ diff f1 f2
> 2c2
> < b
> ---
> > x
> 4a5
> > e
? some

=== -e: an ed script, last change first
+ printf 'a\nb\nc\nd\n' >f1
+ printf 'a\nx\nc\nd\ne\n' >f2
$ diff -e f1 f2
> 4a
> e
> .
> 2c
> x
> .
? some

=== -f: forward, the letter first
+ printf 'a\nb\nc\nd\n' >f1
+ printf 'a\nx\nc\nd\ne\n' >f2
$ diff -f f1 f2
> c2
> x
> .
> a4
> e
> .
? some

=== identical files
+ printf 'a\nb\n' >f1
+ printf 'a\nb\n' >f2
$ diff f1 f2
?

=== a deletion names the line it follows in the second file
+ printf 'a\nb\nc\n' >f1
+ printf 'a\nc\n' >f2
$ diff f1 f2
> 2d1
> < b
? some

=== ranges of lines
+ printf 'a\nb\nc\nd\ne\n' >f1
+ printf 'a\nx\ny\ne\n' >f2
$ diff f1 f2
> 2,4c2,3
> < b
> < c
> < d
> ---
> > x
> > y
? some

=== an addition at the start
+ printf 'b\n' >f1
+ printf 'a\nb\n' >f2
$ diff f1 f2
> 0a1
> > a
? some

=== everything deleted
+ printf 'a\nb\n' >f1
+ : >f2
$ diff f1 f2
> 1,2d0
> < a
> < b
? some

=== -e: a deletion has no text and no dot
+ printf 'a\nb\nc\nd\n' >f1
+ printf 'a\nd\n' >f2
$ diff -e f1 f2
> 2,3d
? some

=== -f: a range with a blank
+ printf 'a\nb\nc\nd\n' >f1
+ printf 'a\nd\n' >f2
$ diff -f f1 f2
> d2 3
? some

=== -e: several changes, last first
+ printf '1\n2\n3\n4\n5\n6\n' >f1
+ printf '0\n1\n3\n4\n5\nsix\n' >f2
$ diff -e f1 f2
> 6c
> six
> .
> 2d
> 0a
> 0
> .
? some

=== the longest common part is kept
+ printf 'x\na\nb\nc\nd\n' >f1
+ printf 'a\nb\nc\nd\nx\n' >f2
$ diff f1 f2
> 1d0
> < x
> 5a5
> > x
? some

=== a shortest script for Myers' example (5 lines differ)
+ printf 'a\nb\nc\na\nb\nb\na\n' >f1
+ printf 'c\nb\na\nb\na\nc\n' >f2
$ diff f1 f2 | grep '^[<>]'
>~ [<>] [abc]
>~ [<>] [abc]
>~ [<>] [abc]
>~ [<>] [abc]
>~ [<>] [abc]
? some|

=== a last line without a newline
+ printf 'a\nb' >f1
+ printf 'a\nc' >f2
$ diff f1 f2
> 2c2
> < b
> ---
> > c
? some

=== blanks differ without -b
+ printf 'a  b \n' >f1
+ printf 'a b\n' >f2
$ diff f1 f2
> 1c1
> < a  b 
> ---
> > a b
? some

=== -b: trailing blanks ignored, runs of blanks equal
+ printf 'a  b \nc\n' >f1
+ printf 'a\tb\nc\n' >f2
$ diff -b f1 f2
?

=== -b: a blank still differs from none
+ printf 'ab\n' >f1
+ printf 'a b\n' >f2
$ diff -b f1 f2
> 1c1
> < ab
> ---
> > a b
? some

=== -w: all white space ignored
+ printf 'ab\n' >f1
+ printf ' a\tb \n' >f2
$ diff -w f1 f2
?

=== binary files
+ printf '\377x\n' >f1
+ printf '\376x\n' >f2
$ diff f1 f2
> Binary files f1 f2 differ
? some

=== identical binary files
+ printf '\377x\n' >f1
+ printf '\377x\n' >f2
$ diff f1 f2
?

=== a file and a directory: the file of the same name inside it
+ mkdir d; printf 'a\n' >d/f
+ printf 'b\n' >f
$ diff f d
> diff f d/f
> 1c1
> < b
> ---
> > a
? some

=== two directories
+ mkdir d1 d2 d1/sub d2/sub
+ printf 'x\n' >d1/f; printf 'y\n' >d2/f
+ printf 's\n' >d1/g; printf 's\n' >d2/g
+ printf '1\n' >d1/onlya; printf '2\n' >d2/onlyb
+ printf 'p\n' >d1/sub/p; printf 'q\n' >d2/sub/p
$ diff d1 d2
> diff d1/f d2/f
> 1c1
> < x
> ---
> > y
> Only in d1: onlya
> Only in d2: onlyb
> Common subdirectories: d1/sub and d2/sub
? some

=== -r: subdirectories too
+ mkdir d1 d2 d1/sub d2/sub
+ printf 'x\n' >d1/f; printf 'y\n' >d2/f
+ printf 's\n' >d1/g; printf 's\n' >d2/g
+ printf '1\n' >d1/onlya; printf '2\n' >d2/onlyb
+ printf 'p\n' >d1/sub/p; printf 'q\n' >d2/sub/p
$ diff -r d1 d2
> diff d1/f d2/f
> 1c1
> < x
> ---
> > y
> Only in d1: onlya
> Only in d2: onlyb
> diff d1/sub/p d2/sub/p
> 1c1
> < p
> ---
> > q
? some

=== directories with the same files
+ mkdir d1 d2
+ printf 'x\n' >d1/f; printf 'x\n' >d2/f
$ diff d1 d2
?

=== several files compared with a directory
+ mkdir d; printf 'a\n' >d/f1; printf 'b\n' >d/f2
+ printf 'a\n' >f1; printf 'c\n' >f2
$ diff f1 f2 d
> diff f2 d/f2
> 1c1
> < c
> ---
> > b
? some

=== with more than two files the last must be a directory
+ printf 'a\n' >f1; printf 'a\n' >f2; printf 'a\n' >f3
$ diff f1 f2 f3
2> diff: usage: diff [ -efbwr ] file1 ... file2
? error

=== a file that does not exist
+ printf 'a\n' >f1
$ diff f1 nosuch
2>~ diff: can't stat nosuch: .*does not exist
? error

=== a file missing from a directory
+ mkdir d
+ printf 'a\n' >f
$ diff f d
2>~ diff: cannot open d/f: .*does not exist
?

=== one argument
$ diff f1
2> diff: usage: diff [ -efbwr ] file1 ... file2
? error

=== an unknown option
$ diff -z a b
2> diff: usage: diff [ -efbwr ] file1 ... file2
? error
