# fmt: commands.md §1 fmt
=== lines are joined
< one two
< three
$ fmt
> one two three
?

=== the default length is 70
< abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde
$ fmt
> abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde abcde
> abcde abcde abcde abcde
?

=== -l sets the length
< aaa bbb ccc ddd
$ fmt -l 10
> aaa bbb
> ccc ddd
?

=== a line may be exactly the length
< aaa bbb ccc ddd
$ fmt -l 11
> aaa bbb ccc
> ddd
?

=== -w is -l, its value attached
< aaa bbb ccc ddd
$ fmt -w10
> aaa bbb
> ccc ddd
?

=== -i indents, within the length
< aaa bbb ccc ddd
$ fmt -i 4 -l 14
>     aaa bbb
>     ccc ddd
?

=== blank lines separate paragraphs and are kept
< a b
<
<
< c
$ fmt
> a b
>
>
> c
?

=== leading white space is kept and starts a paragraph
<   indented text
<   more
< plain
< text
$ fmt
>   indented text more
> plain text
?

=== runs of blanks become one
< a    b	c
$ fmt
> a b c
?

=== a word longer than the line has a line to itself
< abcdefghijkl x y
$ fmt -l 5
> abcdefghijkl
> x y
?

=== -j never joins
< a b
< c
$ fmt -j
> a b
> c
?

=== -j breaks long lines
< aaa bbb ccc
< d
$ fmt -j -l 8
> aaa bbb
> ccc
> d
?

=== files are separated by a blank line
+ printf 'a\nb\n' >f1
+ printf 'c\n' >f2
$ fmt f1 f2
> a b
>
> c
?

=== length not above the indentation
$ fmt -i 5 -l 5
2> fmt: line length<=indentation
? length

=== a file that cannot be opened: the others are done, status open
+ printf 'x\ny\n' >f
$ fmt nosuch f
> x y
2>~ fmt: can't open nosuch: .*does not exist
? open

=== an unknown option
$ fmt -z
2> usage: fmt [-j] [-i indent] [-l length] [file...]
? usage

=== a length that is not a number
$ fmt -l x
2> usage: fmt [-j] [-i indent] [-l length] [file...]
? usage
