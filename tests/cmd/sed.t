# sed: commands.md §1 sed
=== Nq: the first N lines (the idiom for head)
+ printf '1\n2\n3\n4\n' >f
$ sed 2q f
> 1
> 2
?

=== p without -n prints twice
< a
$ sed p
> a
> a
?

=== -n: only what p prints
+ printf '1\n2\n3\n4\n' >f
$ sed -n 3p f
> 3
?

=== a range of line numbers
+ printf '1\n2\n3\n4\n5\n' >f
$ sed -n 2,4p f
> 2
> 3
> 4
?

=== ; separates a range too
+ printf '1\n2\n3\n4\n5\n' >f
$ sed -n '2;3p' f
> 2
> 3
?

=== a range of regular expressions, d
+ printf 'one\ntwo\nthree\nfour\nfive\n' >f
$ sed '/two/,/four/d' f
> one
> five
?

=== a range whose second line number is already passed: one line
+ printf '1\n2\n3\n4\n5\n' >f
$ sed -n '4,2p' f
> 4
?

=== the second address is looked for from the line after the first
+ printf 'ax\nb\nax\nc\n' >f
$ sed -n '/a/,/x/p' f
> ax
> b
> ax
?

=== $ is the last line of the last file
+ printf '1\n2\n' >f1
+ printf '3\n4\n' >f2
$ sed -n '$p' f1 f2
> 4
?

=== line numbers go on across files
+ printf 'a\nb\n' >f1
+ printf 'c\n' >f2
$ sed -n '3p' f1 f2
> c
?

=== ! negates the address
+ printf '1\n2\n3\n' >f
$ sed '2!d' f
> 2
?

=== blanks around !
+ printf '1\n2\n3\n4\n' >f
$ sed '2,3 ! d' f
> 2
> 3
?

=== \cREc: another delimiter
+ printf 'a/b\nc\n' >f
$ sed -n '\%a/b%p' f
> a/b
?

=== // is the last regular expression
+ printf 'abc\nxyz\n' >f
$ sed -n '/b/s//B/p' f
> aBc
?

=== { } groups commands; ; separates them
+ printf 'one\ntwo\nthree\n' >f
$ sed -n '/t/{s/t/T/;p}' f
> Two
> Three
?

=== nested groups
+ printf '1\n2\n3\n4\n' >f
$ sed -n '2,4{/3/!{p}}' f
> 2
> 4
?

=== -e adds script lines
+ printf 'ab\n' >f
$ sed -e s/a/A/ -e s/b/B/ f
> AB
?

=== -f reads the script from a file; a text ended by \ goes on
+ printf 's/o/0/\n2a\\\nappended\\\nmore\n' >scr
+ printf 'one\ntwo\nthree\n' >f
$ sed -f scr f
> 0ne
> tw0
> appended
> more
> three
?

=== a\ text after the line, i\ text before it
+ printf 'x\ny\n' >f
$ sed -e '1a\' -e after -e '2i\' -e before f
> x
> after
> before
> y
?

=== text on the command's line; \ keeps leading blanks
< x
$ sed 'a\   three blanks'
> x
>    three blanks
?

=== c\ on a range: the text once, at the end of the range
+ printf '1\n2\n3\n4\n' >f
$ sed -e '2,3c\' -e changed f
> 1
> changed
> 4
?

=== c\ on one line
+ printf '1\n2\n' >f
$ sed -e '1c\' -e new f
> new
> 2
?

=== d and D
+ printf 'a\nb\nc\n' >f
$ sed '$!N;P;D' f
> a
> b
> c
?

=== D restarts the cycle without reading
+ printf 'a\nb\nc\n' >f
$ sed -n 'N;N;l;D' f
> a\nb\nc
?

=== N joins lines; at the end of the input it prints and stops
+ printf '1\n2\n3\n' >f
$ sed 'N;s/\n/+/' f
> 1+2
> 3
?

=== n prints the line and reads the next
+ printf '1\n2\n3\n4\n5\n' >f
$ sed 'n;d' f
> 1
> 3
> 5
?

=== h H g G x: hold space
+ printf 'one\ntwo\nthree\n' >f
$ sed '1!G;h;$!d' f
> three
> two
> one
?

=== H then x: the hold space begins with a newline
+ printf 'a\nb\n' >f
$ sed -n 'H;${x;s/\n/,/g;p}' f
> ,a,b
?

=== g replaces the pattern space with the hold space
+ printf 'a\nb\n' >f
$ sed '1h;2g' f
> a
> a
?

=== = prints the line number
+ printf 'a\nb\nc\n' >f
$ sed -n '/[bc]/=' f
> 2
> 3
?

=== $= counts the lines
+ printf 'a\nb\nc\n' >f
$ sed -n '$=' f
> 3
?

=== l spells out tab, newline, CR, backspace and unprintable characters
+ printf 'a\tb\rc\bd\001e\\\n' >f
$ sed -n l f
> a\tb\rc\bd\u0001e\
?

=== l folds long lines: at most 72 columns, the \ included
+ awk 'BEGIN { for(i = 0; i < 100; i++) printf "x"; printf "\n" }' >f
$ sed -n l f
> xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\
> xxxxxxxxxxxxxxxxxxxxxxxxxxxxx
?

=== q prints the line, the appended text, then stops
+ printf '1\n2\n3\n' >f
$ sed -e '1a\' -e text -e 1q f
> 1
> text
?

=== r appends a file at the end of the cycle
+ printf 'R1\nR2\n' >rf
+ printf 'a\nb\n' >f
$ sed '1r rf' f
> a
> R1
> R2
> b
?

=== r of a missing file is silently nothing
+ printf 'a\n' >f
$ sed 'r nosuch' f
> a
?

=== w writes the pattern space to a file (here /fd/1, standard output)
+ printf 'one\ntwo\nthree\n' >f
$ sed -n '/t/w /fd/1' f
> two
> three
?

=== w /dev/stdout is sed's own standard output
+ printf 'one\ntwo\n' >f
$ sed 'w /dev/stdout' f
> one
> one
> two
> two
?

=== s with & and groups \1 \2, \n a newline in the replacement
< hello world
$ sed 's/(hello) (world)/\2\n\1 [&]/'
> world
> hello [hello world]
?

=== s replaces the first match; g all of them
< hello
$ sed 's/l/L/'
> heLlo
?

=== s///g
< hello
$ sed 's/l/L/g'
> heLLo
?

=== -g makes every s global
< hello
$ sed -g 's/l/L/'
> heLLo
?

=== s///g with empty matches
< hello
$ sed 's/l*/<&>/g'
> <>h<>e<ll>o<>
?

=== ^ matches only at the start, even with g
< aaa
$ sed 's/^a/b/g'
> baa
?

=== s///p prints when a substitution was made
+ printf 'abc\nxyz\n' >f
$ sed -n 's/b/B/p' f
> aBc
?

=== s///P prints the first line of the pattern space
+ printf 'ab\ncd\n' >f
$ sed -n 'N;s/a/A/P' f
> Ab
?

=== s///w writes to a file
+ printf 'abc\nxyz\n' >f
$ sed -n 's/y/Y/w /fd/1' f
> xYz
?

=== \/ in the pattern and the replacement
< a/b
$ sed 's/\//|\//'
> a|/b
?

=== \& is a literal &
< a
$ sed 's/a/\&&/'
> &a
?

=== t branches if a substitution was made: a loop
< aaa
$ sed -e :a -e 's/a/b/' -e ta
> bbb
?

=== b without a label goes to the end of the script
+ printf '1\n2\n' >f
$ sed -e '1b' -e 's/./X/' f
> 1
> X
?

=== b to a label
< abc
$ sed -e 'b skip' -e 's/a/A/' -e ':skip' -e 's/b/B/'
> aBc
?

=== y transliterates
< hello
$ sed 'y/hel/HEL/'
> HELLo
?

=== y with \n
+ printf 'a\nb\n' >f
$ sed 'N;y/\n/ /' f
> a b
?

=== #n on the first line is -n
+ printf '#n\n/b/p\n' >scr
+ printf 'a\nb\n' >f
$ sed -f scr f
> b
?

=== comments and blank lines in a script
+ printf '# a comment\n\np # print\n' >scr
< x
$ sed -n -f scr
> x
?

=== output lines always end with a newline
<- x
$ sed p
> x
> x
?

=== a missing input file: reported, the rest still edited
+ printf 'a\n' >f
$ sed p nosuch f
> a
> a
2> sed: cannot open nosuch: 'nosuch' file does not exist
? open

=== an unknown command: FILE:LINE, one more than the script line
$ sed zz
2> <stdin>:2 unrecognised command: 'zz' (z)
? error

=== line 0 is not an address
$ sed 0p
2> <stdin>:2 line no 0 is illegal address
? error

=== the line number counts -e lines
$ sed -e p -e 0p
2> <stdin>:3 line no 0 is illegal address
? error

=== in a script file the file is named
+ printf 'p\nk\n' >scr
$ sed -f scr
2> scr:3 unrecognised command: 'k' (k)
? error

=== an undefined label
$ sed 'b nowhere'
2> <stdin>:2 undefined label: nowhere
? error

=== a { without its }
$ sed '/x/{p'
2> <stdin>:2 unmatched {
? error

=== a } without its {
$ sed '}'
2> <stdin>:2 unexpected }
? error

=== // with no regular expression before
$ sed '//p'
2> <stdin>:2 no previous regular expression
? error

=== a bad regular expression
$ sed '/a(/p'
2>~ <stdin>:2 bad regexp: .+
? error

=== y strings of different lengths
$ sed 'y/abc/de/'
2> <stdin>:2 y command strings have different lengths
? error

=== no numeric s flags
$ sed 's/a/b/2'
2> <stdin>:2 extra characters after command: 's/a/b/2'
? error

=== q takes one address
$ sed 1,2q
2> <stdin>:2 command takes one address
? error

=== no script
$ sed
2> usage: sed [-ngd] [-e expr] [-f file] [expr] [file...]
? usage

=== an unknown flag
$ sed -x p
2> usage: sed [-ngd] [-e expr] [-f file] [expr] [file...]
? usage

=== a missing script file
$ sed -f nosuch
2> sed: cannot open nosuch: 'nosuch' file does not exist
? error
