# The shell's own machinery (sh(1), commands.md §2), beyond sh.t:
# patterns, assignment forms, the environment, the internal builtins
# and substitution builtins, options, program resolution.

# --- patterns

=== * matches names, sorted
+ touch b.c a.c c.h
$ echo *.c
> a.c b.c
?

=== ? matches one character
+ touch a.c b.c ab.c
$ echo ?.c
> a.c b.c
?

=== [...] matches one of the characters, ranges too
+ touch a1 a2 a3 b1
$ echo a[13] [a-b]1
> a1 a3 a1 b1
?

=== [^...], [~...] and [!...] match any other character
+ touch a1 a2 a3
$ echo a[^2] a[~2] a[!1]
> a1 a3 a1 a3 a2 a3
?

=== a quoted pattern is not expanded
+ touch a.c
$ echo '*.c' '*'.c
> *.c *.c
?

=== a pattern that matches nothing stays as it is
$ echo *.nothing
> *.nothing
?

=== names starting with a dot need a dot in the pattern
+ touch .hidden shown
$ echo * .h*
> shown .hidden
?

=== patterns in each part of a path
+ mkdir d1 d2 e; touch d1/x.c d2/y.c d2/z.h e/w.c
$ echo d*/*.c
> d1/x.c d2/y.c
?

=== a variable's value is not a pattern
+ touch a.c
$ x='*.c'; echo $x
> *.c
?

=== a pattern in an assignment is expanded
+ touch a.c b.c
$ x=*.c; echo $#x $x
> 2 a.c b.c
?

# --- assignment and variables

=== the words after = are the value's elements
$ x=a b c; echo $#x
> 3
?

=== a list of names takes the elements in turn, the last the rest
$ (a b) = 1 2 3; echo $a; echo $b
> 1
> 2 3
?

=== $$x is the variable named by $x
$ x=y; y=found; echo $$x
> found
?

=== a name ends at a character that is not a letter, digit or _
$ x=v; echo $x-1 $x/f
> v-1 v/f
?

=== a free caret leaves out an empty list
$ x=(); echo a$x b
> a b
?

=== ^ with an empty list gives the empty list
$ x=(); y=(a b)^$x; echo $#y
> 0
?

=== lists of different lengths cannot be joined
$ echo (a b)^(c d e)
2> sh: list length mismatch in concatenation
? bad concatenation

=== an assignment in a pipeline is refused
$ x=1 | cat; echo not here
2> sh: assignment in invalid context
? bad assign

=== an assignment with & is refused
$ x=1 &
2> sh: assignment in invalid context
? bad assign

=== a block with no arguments keeps $*
$ sh -c '{echo $*}' a b
> a b
?

=== a block given arguments has its own $*, then the old one is back
$ x=1; {echo $#* $2} p q r; echo $#*
> 3 q
> 0
?

=== := in a block does not outlive it
$ x=out; {x:=in; echo $x}; echo $x
> in
> out
?

# --- the environment

=== a variable reaches a program's environment
$ x=hello; cat /env/x
>- hello
?

=== a list is stored quoted
$ x=(a 'b c'); cat /env/x
>- a 'b c'
?

=== a child shell sees the variables
$ x=(1 2 3); sh -c 'echo $#x $x'
> 3 1 2 3
?

=== a child shell's assignments do not come back
$ x=1; sh -c 'x=2'; echo $x
> 1
?

=== a := variable reaches programs run inside its block
$ {y:=local; sh -c 'echo $y'}; sh -c 'echo $#y'
> local
> 0
?

=== a block value travels as a block
$ b={echo from block}; sh -c '$b'
> from block
?

=== $status is not exported
$ cat /nonexist >[2]/dev/null; sh -c 'echo $#status'
> 0
?

=== setting the empty list removes the variable from /env
$ x=1; x=(); cat /env/x >[2]/dev/null; echo $status
> bad open
?

# --- internal builtins

=== whatis of a one-element variable
$ x=a; whatis x
> x=a
?

=== whatis of a list and of the empty list
$ x=(a 'b c'); y=(); whatis x y
> x=(a 'b c')
> y=()
?

=== whatis of an internal builtin
$ whatis load
> builtin load
?

=== whatis of a program
$ whatis ls
> /dis/ls.dis
?

=== whatis of an unknown name
$ whatis nosuch
2> sh: whatis: nosuch: not found
? not found

=== loaded lists the builtins, then the substitution builtins
$ loaded
> @	builtin
> builtin	builtin
> exit	builtin
> load	builtin
> loaded	builtin
> run	builtin
> syncenv	builtin
> unload	builtin
> whatis	builtin
> ${bquote}	builtin
> ${builtin}	builtin
> ${loaded}	builtin
> ${quote}	builtin
> ${unquote}	builtin
?

=== ${quote} quotes blocks as strings, ${bquote} leaves them
$ echo ${quote a 'b c' {x}}; echo ${bquote a 'b c' {x}}
> a 'b c' '{x}'
> a 'b c' {x}
?

=== ${quote} of a word with a quote in it
$ echo ${quote 'it''s'}
> 'it''s'
?

=== ${unquote} gives the words back
$ x=${unquote 'a ''b c'' d'}; echo $#x; echo $x
> 3
> a b c d
?

=== ${loaded} is empty without modules
$ x=${loaded}; echo $#x
> 0
?

=== an unknown substitution builtin
$ echo ${nosuch a}
2> sh: unknown substitution builtin 'nosuch'
? builtin not found

=== @ runs the command in a new process
$ x=1; @ {x=2; echo in $x}; echo out $x
> in 2
> out 1
?

=== exit inside @ ends only that process
$ @ {echo a; exit; echo b}; echo c
> a
> c
?

=== run gives the script $0 and $*
+ printf 'echo $0 $#* $*\n' >scr
$ run scr a b
> scr 2 a b
?

=== run of a missing file
$ run nosuch
2> sh: run: cannot open nosuch: 'nosuch' file does not exist
? bad script

=== load with no arguments
$ load
2> sh: usage: load path...
? usage

=== unload of a module that is not loaded
$ unload nosuch
2> sh: unload: module nosuch not loaded
? not loaded

# --- programs

=== $path decides where programs are looked for
$ path=/; ls
2> sh: ls: '/ls' file does not exist
? '/ls' file does not exist

=== a #! script without an execute bit
+ printf '#!/dis/sh\necho no\n' >scr
$ ./scr
2> sh: ./scr: './scr' permission denied
? './scr' permission denied

=== a #! script gets its interpreter's arguments, its name and the arguments
+ printf '#!/dis/sh -x\necho $0 $*\n' >scr; chmod +x scr
$ ./scr a b
> ./scr a b
2> echo ./scr a b
?

=== a file that is not a script
+ printf 'echo hi\n' >plain; chmod +x plain
$ ./plain
2> sh: ./plain: './plain' is not a script
? './plain' is not a script

=== a redirection that cannot be opened runs nothing
$ echo hi >/nonexist/f; echo $status
2>~ sh: /nonexist/f: .*
>~ .*does not exist
?

=== a not-found message follows the command's >[2]
$ nosuch >[2=1] | wc -l
>       1
? './nosuch' file does not exist|

=== a program's standard error into the pipe
$ cat /nonexist >[2=1] | wc -l
>       1
? bad open|

# --- options

=== -x prints each simple command, quoted
$ sh -x -c 'echo a ''b c'''
> a b c
2> echo a 'b c'
?

=== -e stops at the first command with a status
$ sh -e -c 'echo a; cat /nonexist >[2]/dev/null; echo b'
> a
? bad open

=== -e stops inside a block too
$ sh -e -c '{echo a; cat /nonexist >[2]/dev/null; echo b}; echo c'
> a
? bad open

=== -e stops inside a pipeline's command, and after a failed pipeline
$ sh -e -c 'echo x | {cat /nonexist >[2]/dev/null; echo b}; echo c'
? |bad open

=== -e stops in a subshell, which fails
$ sh -e -c '@{cat /nonexist >[2]/dev/null; echo b}; echo c'
? bad open

=== an unknown option letter is ignored
$ sh -v -c 'echo ok'
> ok
?

=== -c without its command
$ sh -c
2> usage: sh [-ilexn] [-c command] [file [arg...]]
? usage

=== -c sets $0 to the shell's name
$ sh -c 'echo $0 $*' a b
> sh a b
?

=== a script's syntax error ends it
+ printf 'echo one\necho (\necho two\n' >scr
$ sh scr
> one
2> sh: parse error: syntax error
? parse error

=== a syntax error in -c runs nothing
$ echo before; echo (
2> sh: internal: parse error: syntax error
? parse error: syntax error

=== commands from the standard input, a block over several lines
< {
< echo in block
< }
< echo after
$ sh
> in block
> after
?

# --- blocks as text

=== a block's text: commands, background, pipes
$ x={a; b & c | d |[2] e; f &}; echo $x
> {a; b& c | d |[2] e; f&}
?

=== a block's text keeps carets, quotes and redirections
$ x={echo $a^b $a''b 'c d' *.c >[2=1] >>f}; echo $x
> {echo $a^b $a''b 'c d' *.c >[2=1] >>f}
?

=== a block's text runs the same after a trip through a child shell
$ x=1; b={echo $x^y 'a b'}; sh -c '$b'
> 1y a b
?
