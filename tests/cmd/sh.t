# sh: commands.md §2 (the shell), §0 (statuses); builtins of std in std.t

# --- words and quoting

=== blanks separate words; echo joins them with one blank
$ echo a   b	c
> a b c
?

=== single quotes keep blanks and special characters
$ echo 'a  b' '|;&<>{}$`^=#'
> a  b |;&<>{}$`^=#
?

=== two quotes inside quotes are one quote
$ echo 'it''s' ''''
> it's '
?

=== an empty quoted word is an argument
$ echo a '' b
> a  b
?

=== # starts a comment
$ echo a # b c
> a
?

=== # inside a word does not start a comment
$ echo a#b
> a#b
?

=== ; separates commands
$ echo a; echo b;echo c
> a
> b
> c
?

=== a newline separates commands too
+ printf 'echo one\necho two\n' >script
$ sh script
> one
> two
?

# --- variables and lists

=== assignment and use
$ x=hello; echo $x
> hello
?

=== a list and its count
$ x=(a b c); echo $#x; echo $x
> 3
> a b c
?

=== an unset variable is the empty list
$ echo $#nosuch; echo x$nosuch^y
> 0
> xy
?

=== the empty list
$ x=(); echo $#x
> 0
?

=== $" joins the elements with blanks into one word
$ x=(a 'b c' d); y=$"x; echo $#x $#y; echo $y
> 3 1
> a b c d
?

=== an element with blanks stays one word
$ x=('a b' c); echo $#x
> 2
?

=== assigning a list to a list variable copies it
$ x=(a b); y=$x; x=c; echo $y $x
> a b c
?

=== nested parentheses flatten
$ x=(a (b c) () d); echo $#x $x
> 4 a b c d
?

=== $* $1 $2 in sh -c
$ sh -c 'echo $#* $1 $2 $*' one two three
> 3 one two one two three
?

=== several names take the values one each, the last the rest
$ (a b c) = 1 2 3 4; echo $a; echo $b; echo $c
> 1
> 2
> 3 4
?

=== $$ indirection
$ x=y; y=value; echo $$x
> value
?

=== a quoted variable name
$ 'a-b'=dash; echo $'a-b'
> dash
?

# --- concatenation: ^ and free carets

=== ^ joins two words
$ echo a^b
> ab
?

=== a variable and a word, with and without ^
$ x=dir; echo $x^/file $x/file /usr/$x
> dir/file dir/file /usr/dir
?

=== a list and a word: each element
$ x=(a b c); echo $x^.b
> a.b b.b c.b
?

=== free caret: a list and a suffix without ^
$ x=(a b); echo $x.c
> a.c b.c
?

=== two lists of equal length pair up
$ echo (a b c)^(1 2 3)
> a1 b2 c3
?

=== a word and a list: each element
$ echo x^(a b)
> xa xb
?

=== concatenation with the empty list is empty
$ x=(); y=a^$x; echo $#y
> 0
?

=== quoted words concatenate too
$ echo 'a b'^c
> a bc
?

=== free caret after a quoted word
$ x=1; echo 'v'$x
> v1
?

# --- local variables and scopes

=== := makes a variable local to its block
$ x=outer; {x:=inner; echo $x}; echo $x
> inner
> outer
?

=== = inside a block sets the outer variable
$ x=outer; {x=changed}; echo $x
> changed
?

=== a block's arguments are its $*
$ {echo $#* $*} a b c
> 3 a b c
?

=== a block's status is its last command's
$ {echo a; cat /nonexist >[2]/dev/null}; echo $status; {cat /nonexist >[2]/dev/null; echo b}; echo s$status
> a
> bad open
> b
> s
?

=== a block over several lines in a script
+ printf '{\n\techo a\n\n\techo b # comment\n}\necho c |\n\twc -c\n' >s
$ sh s
> a
> b
>       2
?

=== nested blocks
$ {echo a; {echo b; {echo c}}; echo d}
> a
> b
> c
> d
?

=== a block as an argument is a value, not run
$ x={echo hi}; $x
> hi
?

=== @ runs a subshell: its variables do not come back
$ x=1; @{x=2; echo $x}; echo $x
> 2
> 1
?

# --- command substitution

=== `{} splits the output at blanks, tabs and newlines
$ x=`{echo a b; echo c}; echo $#x $x
> 3 a b c
?

=== `{} of nothing is the empty list
$ x=`{echo -n}; echo $#x
> 0
?

=== "{} keeps the output as one word, newlines included
$ x="{echo a b; echo c}; echo $#x; echo -n $x
> 1
> a b
> c
?

=== $ifs changes where `{} splits
$ ifs=:; x=`{echo -n a:b c:d}; echo $#x; echo $x
> 3
> a b c d
?

=== `{} as an argument
$ echo x`{echo y}z
> xyz
?

=== `{} inside `{}
$ echo `{echo `{echo deep}}
> deep
?

# --- pipelines

=== a two-stage pipeline
$ echo hello | wc -c
>       6
?

=== five stages
$ echo hello world | cat | tr a-z A-Z | cat | wc -w
>       2
?

=== a block in a pipeline
$ {echo a; echo b} | wc -l
>       2
?

=== a pipeline's status joins the statuses with |
$ cat /nonexist | wc -l; echo $status
2> cat: cannot open /nonexist: '/nonexist' file does not exist
>       0
> bad open|
?

=== the status of the second stage
$ echo hi | grep x; echo $status
> |no matches
?

=== both stages fail
$ grep x /nonexist | grep y; echo $status
2>~ grep: cannot open /nonexist: .*
> no matches|no matches
?

=== pipelines inside blocks inside pipelines
$ {echo a; echo b | {cat | cat}} | wc -l
>       2
?

=== a pipeline that succeeds has the empty status
$ echo hi | cat | cat; echo s$status
> hi
> s
?

=== |[2] pipes the standard error
$ cat /nonexist |[2] wc -l
>       1
? bad open|

=== |[1=2] connects the left's fd 1 to the right's fd 2
$ echo two |[1=2] {cat <[0=2]}
> two
?

=== |[1=3] connects the left's fd 1 to the right's fd 3
$ echo three |[1=3] {cat <[0=3]}
> three
?

=== the status of a pipeline is the sh -c status
$ echo hi | grep x
? |no matches

# --- redirections

=== > creates and truncates
$ echo first >f; echo second >f; cat f
> second
?

=== >> appends
$ echo a >f; echo b >>f; cat f
> a
> b
?

=== < reads a file
+ printf 'from file\n' >in
$ cat <in
> from file
?

=== <> opens for reading and writing
+ printf 'rw\n' >f
$ cat <>f
> rw
?

=== >[2] redirects the standard error
$ cat /nonexist >[2]err; echo status $status; cat err
> status bad open
> cat: cannot open /nonexist: '/nonexist' file does not exist
?

=== >[2=1] sends the standard error to the standard output
$ cat /nonexist >[2=1] | wc -l
>       1
? bad open|

=== >[1=2] sends the standard output to the standard error
$ echo to-stderr >[1=2]
2> to-stderr
?

=== <[0=3] reads fd 3, opened by <[3]
+ printf 'fd three\n' >f
$ {cat <[0=3]} <[3]f
> fd three
?

=== >[3] then >[1=3]
$ {echo via3 >[1=3]} >[3]f; cat f
> via3
?

=== redirection of a block applies to everything in it
$ {echo a; echo b} >f; wc -l f
>       2 f
?

=== a redirection may come before the command
$ >f echo x; cat f
> x
?

=== redirections apply left to right
$ cat /nonexist >f >[2=1]; cat f
> cat: cannot open /nonexist: '/nonexist' file does not exist
?

=== < of a missing file
$ cat </nonexist; echo $status
2>~ sh: .*/nonexist.* does not exist
>~ .*
?

=== <{} gives a file name that reads a command's output
$ cat <{echo from-pipe}
> from-pipe
?

=== >{} gives a file name that writes a command's input
$ echo data | tee >{cat >f} >/dev/null; sleep 1; cat f
> data
?

=== two <{} at once
$ cmp <{echo same} <{echo same}; echo s$status
> s
?

=== the file name <{} gives
# (the inner command writes nothing: a writer whose reader has gone dies of "write on closed pipe", as in Inferno)
$ echo <{sleep 0}
>~ /fd/[0-9]+
?

# --- background

=== & runs a command in the background and sets $apid
$ sleep 0 & echo $#apid
> 1
?

=== $apid is a number
$ sleep 0 & echo $apid
>~ [0-9]+
?

=== the background command goes on after the foreground
$ {sleep 1; echo late} & echo early; sleep 2
> early
> late
?

=== a background command's output can be waited for with sleep
$ echo bg >f & sleep 1; cat f
> bg
?

# --- status

=== the empty status after success
$ echo; echo s$status
> 
> s
?

=== a failed command's status is its fail: text
$ cat /nonexist; echo $status
2> cat: cannot open /nonexist: '/nonexist' file does not exist
> bad open
?

=== usage as a status
$ grep
2> usage: grep [-lnviLs] pattern [file...]
? usage

=== sh -c exits with the status of its last command
$ cat /nonexist
2> cat: cannot open /nonexist: '/nonexist' file does not exist
? bad open

=== $status is a variable like others
$ cat /nonexist >[2]/dev/null; x=$status; echo $x
> bad open
?

# --- commands not found, scripts

=== a command that does not exist
$ nosuch
2> sh: nosuch: './nosuch' file does not exist
? './nosuch' file does not exist

=== the error text is the status
$ nosuch >[2]/dev/null; echo $status
> './nosuch' file does not exist
?

=== a path is tried as it is
$ /tmp/nosuch
2> sh: /tmp/nosuch: '/tmp/nosuch' file does not exist
? '/tmp/nosuch' file does not exist

=== without std, for is a command not found
$ for i in a {echo $i}
2> sh: for: './for' file does not exist
? './for' file does not exist

=== the search goes on after a failure
$ nosuch >[2]/dev/null; echo next
> next
?

=== a command given with .dis
$ echo.dis hi
> hi
?

=== a command by its full path
$ /dis/echo.dis hi
> hi
?

=== a #! script with an execute bit
+ printf '#!/dis/sh\necho script $*\n' >scr; chmod +x scr
$ ./scr a b
> script a b
?

=== a script found through $path (. is in the default path)
+ printf '#!/dis/sh\necho found\n' >myscr; chmod +x myscr
$ myscr
> found
?

=== sh FILE ARGS: $0 is the file, $* the arguments
+ printf 'echo $0 $#* $*\necho $1\n' >s
$ sh s x y
> s 2 x y
> x
?

=== a script's status is its last command's
+ printf 'echo one\ncat /nonexist >[2]/dev/null\n' >s
$ sh s; echo $status
> one
> bad open
?

=== sh reads commands from its standard input
< echo from stdin
< x=(1 2); echo $#x
$ sh
> from stdin
> 2
?

=== run sets $0 to the file
+ printf 'echo $0 $#*\n' >s
$ run s a b
> s 2
?

=== run executes a script in the current shell
+ printf 'x=set-by-script\necho args $*\n' >s
$ run s a b; echo $x
> args a b
> set-by-script
?

=== a script run by sh does not change the caller
+ printf 'x=inner\n' >s
$ x=outer; sh s; echo $x
> outer
?

=== sh -c with a command and arguments
$ sh -c 'echo $#*; echo $2' a b c
> 3
> b
?

=== sh -c's status
$ sh -c 'cat /nonexist >[2]/dev/null'; echo $status
> bad open
?

=== a failing builtin stops sh -c: load of a missing module
$ sh -c 'load nosuch; echo not here'; echo $status
2>~ sh: .*nosuch.*
> bad module
?

=== a bad sh flag: the usage message
$ sh -c
2> usage: sh [-ilexn] [-c command] [file [arg...]]
? usage

=== sh -e stops at the first failure
$ sh -e -c 'echo a; cat /nonexist >[2]/dev/null; echo b'; echo $status
> a
> bad open
?

=== sh -x prints each command on the standard error
$ sh -x -c 'echo hi'
> hi
2>~ .*echo hi.*
?

=== sh with a script that does not exist
$ sh /tmp/nosuch; echo next
2>~ sh: .*/tmp/nosuch.*
> next
?

=== exit ends the shell with the empty status
$ cat /nonexist >[2]/dev/null; exit; echo not here
?

# --- syntax errors

=== = in an argument is a syntax error
$ sh -c 'echo x=y'; echo next
2> sh: internal: parse error: syntax error
> next
?

=== an unclosed brace
$ sh -c 'echo {a'; echo next
2>~ sh: .*parse error.*
> next
?

=== an unclosed quote
$ sh -c 'echo ''abc'; echo next
2>~ sh: .*parse error.*
> next
?

=== a syntax error runs nothing
$ sh -c 'echo before; echo )'; echo next
2>~ sh: .*parse error.*
> next
?

=== a syntax error in a script stops it there
+ printf 'echo one\necho )\necho three\n' >s
$ sh s; echo next
> one
2>~ sh: .*parse error.*
> next
?

# --- builtins of the shell

=== builtin runs a builtin even when a module redefines it
$ builtin echo.dis hi
> hi
?

=== ${quote} and ${unquote}
$ x=${quote a 'b c' ''}; echo $x
> a 'b c' ''
?

=== ${unquote} splits quoted words back
$ x=${unquote 'a ''b c'''}; echo $#x; echo $x
> 2
> a b c
?

=== loaded lists the internal builtins with their module
$ loaded | grep '^load	'
> load	builtin
?

=== load of a module that does not exist
$ load nosuch
2>~ sh: .*nosuch.*
? bad module

=== load std adds the builtins
$ load std; loaded | grep '	std$' | wc -l
>      26
?

=== unload removes them
$ load std; unload std; loaded | grep '	std$' | wc -l
>       0
? |no matches|

=== whatis of a variable
$ x=(a 'b c'); whatis x
> x=(a 'b c')
?

=== whatis of an external command
$ whatis echo
> /dis/echo.dis
?

=== whatis of a builtin
$ whatis load
> builtin load
?

=== syncenv puts the variables into /env
$ x=exported; syncenv; cat /env/x
>- exported
?

# --- interactive

=== sh -i prompts with "; " on the standard error before each command
< echo hi
$ sh -i
> hi
2>- ; ; 
?

=== a continuation line gets the empty prompt
< {echo a
< echo b}
$ sh -i
> a
> b
2>- ; ; 
?

=== an interactive shell goes on after an error
< load nosuch
< echo after $status
$ sh -i
2>~ ; sh: .*nosuch.*
> after bad module
2>- ; ; 
?

=== $prompt changes the prompt
< prompt=('% ' '- ')
< {
< }
$ sh -i
2>- ; % - % 
?
