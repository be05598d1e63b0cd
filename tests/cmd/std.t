# std: the shell's standard builtin module (commands.md §2.5, man/1/sh-std)

# --- if

=== if: a true condition runs its action
$ load std; if {~ a a} {echo yes} {echo no}
> yes
?

=== if: a false condition runs the else part
$ load std; if {~ a b} {echo yes} {echo no}
> no
?

=== if: the second condition of several
$ load std; x=2; if {~ $x 1} {echo one} {~ $x 2} {echo two} {echo other}
> two
?

=== if: no condition true and no else
$ load std; if {~ a b} {echo yes}; echo s$status
> s
?

=== if: the status is the action's
$ load std; if {~ a a} {status oops}; echo $status
> oops
?

=== if: the final else of several
$ load std; if {~ a 1} {echo 1} {~ a 2} {echo 2} {echo else}
> else
?

=== if: a command as a condition
+ printf 'x\n' >f
$ load std; if {grep -s x f} {echo found}
> found
?

=== if with nothing
$ load std; if
2> sh: usage: if condition action [condition action]... [elseaction]
? usage

# --- for

=== for: each word in turn
$ load std; for i in a b c {echo $i}
> a
> b
> c
?

=== for: over a list variable
$ load std; l=(x 'y z'); for i in $l {echo $#i $i}
> 1 x
> 1 y z
?

=== for: no words, the body is not run
$ load std; for i in {echo never}; echo s$status
> s
?

=== for: the variable keeps the last value
$ load std; for i in a b {}; echo $i
> b
?

=== for: over file names
+ touch a.x b.x c.y
$ load std; for f in *.x {echo $f}
> a.x
> b.x
?

=== for: the status of the last body
$ load std; for i in a b {~ $i a}; echo $status
> no match
?

=== for without in
$ load std; for i a b {echo $i}
2> sh: usage: for var in [arg...] command
? usage

=== nested for
$ load std; for i in 1 2 {for j in a b {echo $i$j}}
> 1a
> 1b
> 2a
> 2b
?

# --- while

=== while: until the condition fails
$ load std; x=(a b c); while {! no $x} {echo $x; x=${tl $x}}
> a b c
> b c
> c
?

=== while: a false condition at once
$ load std; while {~ a b} {echo never}; echo s$status
> s
?

=== while with one argument
$ load std; while {echo x}
2> sh: usage: while condition command
? usage

# --- and, or, !

=== and: all true
$ load std; and {~ a a} {echo second}
> second
?

=== and: stops at the first failure, with its status
$ load std; and {~ a b} {echo never}; echo $status
> no match
?

=== or: the first success stops it
$ load std; or {~ a b} {echo second} {echo never}
> second
?

=== or: all fail, the last status
$ load std; or {~ a b} {status last}; echo $status
> last
?

=== and with no commands is true
$ load std; and; echo s$status
> s
?

=== ! of a success is false
$ load std; ! ~ a a; echo $status
> false
?

=== ! of a failure is true
$ load std; ! ~ a b; echo s$status
> s
?

=== ! of an external command
$ load std; ! cat /nonexist >[2]/dev/null; echo s$status
> s
?

=== ! alone
$ load std; !
2> sh: usage: ! command [arg...]
? usage

# --- ~

=== ~: an exact word
$ load std; ~ abc abc; echo s$status
> s
?

=== ~: no match
$ load std; ~ abc abd; echo $status
> no match
?

=== ~: * matches any string
$ load std; ~ abc a*; echo s$status
> s
?

=== ~: * matches the empty string
$ load std; ~ a a*; echo s$status
> s
?

=== ~: ? matches one character
$ load std; ~ abc ?b?; echo s$status; ~ abcd ?b?; echo $status
> s
> no match
?

=== ~: a class
$ load std; ~ b [a-c]; echo s$status; ~ d [a-c]; echo $status
> s
> no match
?

=== ~: a negated class
$ load std; ~ d [^a-c]; echo s$status; ~ b [^a-c]; echo $status
> s
> no match
?

=== ~: any of several patterns
$ load std; ~ x a b x; echo s$status
> s
?

=== ~: no pattern is false
$ load std; ~ x; echo $status
> no match
?

=== ~: quoted pattern characters are plain
$ load std; ~ abc 'a*'; echo $status; ~ 'a*' 'a*'; echo s$status
> no match
> s
?

=== ~: patterns are not file names
+ touch x.b y.b
$ load std; ~ z.b *.b; echo s$status
> s
?

=== ~: * matches a /
$ load std; ~ a/b/c a*c; echo s$status
> s
?

=== ~: a variable's value against a pattern
$ load std; x=hello.b; ~ $x *.b; echo s$status
> s
?

=== ~: an empty value
$ load std; ~ '' ''; echo s$status; ~ '' *; echo s$status
> s
> s
?

=== ~: a pattern from a variable is plain text
$ load std; p='*.b'; ~ x.b $p; echo $status; ~ '*.b' $p; echo s$status
> no match
> s
?

=== ~: an unquoted pattern character in the value is plain
$ load std; ~ a* 'a*'; echo s$status
> s
?

=== ~ with nothing
$ load std; ~
2> sh: usage: ~ value [pattern...]
? usage

# --- no

=== no: no arguments is true
$ load std; no; echo s$status
> s
?

=== no: arguments make it false
$ load std; no a; echo $status
> false
?

=== no: of an empty variable
$ load std; x=(); no $x; echo s$status
> s
?

# --- apply

=== apply: the command once per argument
$ load std; apply {echo x$1} a b c
> xa
> xb
> xc
?

=== apply: no arguments
$ load std; apply {echo never}; echo s$status
> s
?

# --- getlines

=== getlines: each line in $line
< first
< second line
$ load std; getlines {echo '['$line']'}
> [first]
> [second line]
?

=== getlines: a last line without a newline
<- a
$ load std; getlines {echo $line}
> a
?

=== getlines: an empty line
< a
< 
< b
$ load std; getlines {echo $#line $line}
> 1 a
> 1 
> 1 b
?

=== getlines: other separators
<- a:b,c
$ load std; getlines :, {echo $line}
> a
> b
> c
?

=== getlines: from a file
+ printf 'x\ny\n' >f
$ load std; getlines {echo got $line} <f
> got x
> got y
?

=== getlines: in a pipeline
$ load std; {echo a; echo b} | getlines {echo got $line} | wc -l
>       2
?

=== getlines: no input
$ load std; getlines {echo never}; echo s$status
> s
?

# --- fn

=== fn defines a command
$ load std; fn hello {echo hello $*}; hello world
> hello world
?

=== fn: the arguments in $* $1 $#*
$ load std; fn f {echo $#* $1 $2}; f a b c
> 3 a b
?

=== fn: the status is the body's
$ load std; fn f {status $1}; f oops; echo $status
> oops
?

=== fn: stored as the variable fn-NAME
$ load std; fn f {echo hi}; echo $#'fn-f'; ${hd $'fn-f'}
> 1
> hi
?

=== fn: whatis shows the definition
$ load std; fn f {echo hi}; whatis f
> fn f {echo hi}
?

=== fn: redefining
$ load std; fn f {echo one}; fn f {echo two}; f
> two
?

=== fn: a function calls a function
$ load std; fn a {echo a; b}; fn b {echo b}; a
> a
> b
?

=== fn: recursion
$ load std; fn count {if {! no $*} {echo $#*; count ${tl $*}}}; count x y z
> 3
> 2
> 1
?

=== fn: := is local to the call
$ load std; x=outer; fn f {x:=inner; echo $x}; f; echo $x
> inner
> outer
?

=== fn: in a pipeline
$ load std; fn f {echo a; echo b}; f | wc -l
>       2
?

=== fn: with a redirection
$ load std; fn f {echo in-f}; f >out; cat out
> in-f
?

=== fn: several names at once
$ load std; fn a b {echo same $*}; a 1; b 2
> same 1
> same 2
?

=== fn: std's own builtins cannot be redefined
$ load std; fn if {echo mine}
2> sh: fn: cannot redefine std's if
? bad function

=== fn: a builtin of the shell can be, and builtin reaches it
$ load std; fn loaded {echo my loaded}; loaded; builtin loaded | grep '^run	'
> my loaded
> run	builtin
?

=== fn: the body runs with $* of its own, not the caller's
$ load std; fn f {echo $#*}; fn g {f}; g a b c
> 0
?

=== fn: the environment holds the body as text
$ load std; fn f {echo hi}; syncenv; cat /env/fn-f
>- {echo hi}
?

=== fn NAME without a body removes it
$ load std; fn f {echo hi}; fn f {echo again}; fn f; f
2> sh: f: './f' file does not exist
? './f' file does not exist

=== fn: a function passes to a child shell through the environment
$ load std; fn f {echo from-parent}; sh -c 'load std; f'
> from-parent
?

=== fn: functions come back when std is loaded again
$ load std; fn f {echo back}; unload std; load std; f
> back
?

=== fn: hides an external command
$ load std; fn echo {builtin echo.dis fn-echo $*}; echo x
> fn-echo x
?

# --- subfn

=== subfn: the value of $result
$ load std; subfn twice {result=$1 $1}; echo ${twice a}
> a a
?

=== subfn: a list result
$ load std; subfn rev {result=(); for i in $* {result=$i $result}}; echo ${rev a b c}
> c b a
?

=== subfn: no result is the empty list
$ load std; subfn none {echo side}; x=${none}; echo $#x
> side
> 0
?

# --- status

=== status sets $status
$ load std; status oops; echo $status
> oops
?

=== status with no argument is true
$ load std; status; echo s$status
> s
?

=== status as the last command of sh -c
$ load std; status failing
? failing

# --- raise and rescue

=== rescue catches a raised exception
$ load std; rescue oops {echo caught $exception} {echo before; raise oops; echo after}
> before
> caught oops
?

=== rescue: * catches anything
$ load std; rescue '*' {echo got $exception} {raise something}
> got something
?

=== rescue: a pattern with *
$ load std; rescue 'bad *' {echo got $exception} {raise 'bad thing'}
> got bad thing
?

=== rescue: a command without an exception runs normally
$ load std; rescue '*' {echo never} {echo fine}
> fine
?

=== rescue: an exception that does not match goes on
$ load std; rescue outer {echo outer got $exception} {rescue inner {echo wrong} {raise other}}
? other

=== rescue: nested, the inner handler
$ load std; rescue '*' {echo outer} {rescue x {echo inner $exception} {raise x}; echo after}
> inner x
> after
?

=== rescue: raise in a handler re-raises to the outer one
$ load std; rescue '*' {echo outer $exception} {rescue x {echo inner; raise} {raise x}}
> inner
> outer x
?

=== rescue: a failing load raises bad module
$ load std; rescue 'bad module' {echo no module} {load nosuch >[2]/dev/null}
> no module
?

=== rescue: a usage error of a builtin
$ load std; rescue usage {echo caught usage} {for x >[2]/dev/null}
> caught usage
?

=== rescue: local variables of the failed command are gone
$ load std; x=top; rescue '*' {echo $x} {x:=inner; raise boom}
> top
?

=== raise without rescue ends sh -c with the exception as status
$ load std; raise oops; echo not here
? oops

=== raise from inside a function
$ load std; fn f {raise fromf}; rescue fromf {echo caught} {f; echo not here}
> caught
?

=== raise in a pipeline: that stage's status
$ load std; {raise stage} | cat; echo $status
> stage|
?

=== raise in a subshell: its status
$ load std; @{raise sub; echo not here}; echo $status
> sub
?

=== rescue inside a function
$ load std; fn try {rescue '*' {echo caught $exception} $1}; try {raise e1}; try {echo fine}
> caught e1
> fine
?

# --- flag

=== flag: test an unset flag
$ load std; flag x; echo $status
> false
?

=== flag: set and test
$ load std; flag e +; flag e; echo s$status
> s
?

=== flag e +: a failure then ends the shell
$ load std; flag e +; ~ a b; echo not here
? no match

=== flag e +: conditions do not end the shell
$ load std; flag e +; if {~ a b} {echo yes} {echo no}; or {~ a b} {echo or}; ! ~ a b; echo end
> no
> or
> end
?

=== flag: clear
$ load std; flag e +; flag e -; ~ a b; echo still here
> still here
?

=== sh -e: std's conditions do not stop the shell
$ sh -e -c 'load std; if {~ a b} {echo y}; and {~ a b}; echo reached'
? no match

=== sh -e: ! keeps -e off for its command, but its own false status stops the shell
$ sh -e -c 'load std; ! {echo in; cat /nonexist >[2]/dev/null}; echo b; ! echo c; echo d'
> in
> b
> c
? false

=== sh -e: a false if is not a failure
$ sh -e -c 'load std; if {~ a b} {echo y}; while {~ a b} {}; echo reached'
> reached
?

=== flag x + prints commands
$ load std; flag x +; echo traced
> traced
2>~ .*echo traced.*
?

=== flag: a bad letter
$ load std; flag q
2> sh: usage: flag [eivx] [+-]
? usage

# --- pctl

=== pctl: new process group
$ load std; pctl newpgrp; echo s$status
> s
?

=== pctl: forkns keeps the name space working
$ load std; pctl forkns; echo ok
> ok
?

=== pctl: an unknown flag
$ load std; pctl bogus
2> sh: usage: pctl [newfd|forkfd|newns|forkns|newpgrp|nodevs|newenv|forkenv|fd]...
? usage

# --- substitution builtins

=== ${hd}
$ load std; echo ${hd a b c}
> a
?

=== ${hd} of nothing
$ load std; x=${hd}; echo $#x
> 0
?

=== ${tl}
$ load std; echo ${tl a b c}; x=${tl a}; echo $#x
> b c
> 0
?

=== ${index}
$ load std; echo ${index 2 a b c}
> b
?

=== ${index} beyond the end
$ load std; x=${index 4 a b c}; echo $#x
> 0
?

=== ${index} with a bad number
$ load std; echo ${index x a b}
2> sh: usage: index number list
? usage

=== ${join}
$ load std; echo ${join , a b c}; x=${join '' a b}; echo $x
> a,b,c
> ab
?

=== ${join} makes one word
$ load std; x=${join ' ' a b c}; echo $#x
> 1
?

=== ${join} and ${split} treat pattern characters as text
+ touch ab ac
$ load std; echo ${join , a* b}; x=${split , 'a*,b'}; echo $x
> a*,b
> a* b
?

=== ${split} at given separators, empty fields dropped
$ load std; x=${split , a,b,,c}; echo $#x $x
> 3 a b c
?

=== ${split} by default at blanks, tabs and newlines
$ load std; x=${split 'a b	c'}; echo $#x
> 3
?

=== ${split} of several words
$ load std; x=${split , a,b c,d}; echo $#x $x
> 4 a b c d
?

=== ${split} follows $ifs
$ load std; ifs=:; x=${split 'a:b c'}; echo $#x
> 2
?

=== ${parse} makes a block
$ load std; x=${parse 'echo parsed; echo twice'}; $x
> parsed
> twice
?

=== ${parse} of bad syntax
$ load std; x=${parse 'echo {'}
2>~ sh: .*parse.*
? parse error

=== ${pid} is a number
$ load std; echo ${pid}
>~ [0-9]+
?

=== ${env} names the variables
$ load std; myvar=1; if {~ myvar ${env}} {echo found}
> found
?

=== ${pipe from}
$ load std; cat ${pipe from {echo piped}}
> piped
?

=== ${pipe to}
$ load std; echo into >${pipe to {cat >f}}; sleep 1; cat f
> into
?

=== ${pipe to}: the command sees the end of its input
$ load std; echo into >${pipe to {cat >f; echo done >g}}; sleep 1; cat g f
> done
> into
?

=== ${pipe} with a descriptor number
$ load std; cat ${pipe 1 {echo by-fd}}
> by-fd
?

=== whatis of a subfn
$ load std; subfn s {result=x}; whatis s
> subfn s {result=x}
?

=== loaded lists std's builtins
$ load std; loaded | grep '	std$' | grep -v '^\$' | sort
> !	std
> and	std
> apply	std
> flag	std
> fn	std
> for	std
> getlines	std
> if	std
> no	std
> or	std
> pctl	std
> raise	std
> rescue	std
> status	std
> subfn	std
> while	std
> ~	std
?

# --- expr (the arithmetic module, man/1/sh-expr)

=== expr: reverse Polish arithmetic
$ load expr; echo ${expr 1 2 +} ${expr 7 3 -} ${expr 6 7 x} ${expr 7 2 /} ${expr 7 2 %}
> 3 4 42 3 1
?

=== expr: an unquoted * multiplies, files or not
+ touch afile
$ load expr; echo ${expr 6 7 *}
> 42
?

=== expr: a longer expression
$ load expr; echo ${expr 2 3 4 x +}
> 14
?

=== expr: negative numbers and neg
$ load expr; echo ${expr -5 3 +} ${expr 4 neg}
> -2 -4
?

=== expr: comparisons give 1 or 0
$ load expr; echo ${expr 1 2 '<'} ${expr 1 2 '>'} ${expr 3 3 '=='}
> 1 0 1
?

=== expr: 64-bit arithmetic
$ load expr; echo ${expr 2 40 '**'} ${expr 16rff 0x10 +}
> 1099511627776 271
?

=== expr: division by zero
$ load expr; echo ${expr 1 0 /}
2> sh: expr: division by zero
? bad expr

=== expr: too few operands
$ load expr; echo ${expr 1 +}
2> sh: expr: too few operands for +
? bad expr

=== ntest: a number as a condition
$ load std; load expr; if {ntest ${expr 2 1 '>'}} {echo bigger}; ntest 0; echo $status
> bigger
> false
?

=== expr: a counting loop
$ load std; load expr; i=0; while {ntest ${expr $i 3 '<'}} {echo $i; i=${expr $i 1 +}}
> 0
> 1
> 2
?

# --- echo (the builtin module, man/1/sh-echo)

=== echo builtin: words with one blank, a newline
$ load echo; echo a   'b  c'
> a b  c
?

=== echo builtin: -n and --
$ load echo; echo -n x; echo -- -n; echo a -n
> x-n
> a -n
?

=== echo builtin: no arguments
$ load echo; echo
> 
?

=== echo builtin: it is a builtin
$ load echo; whatis echo; loaded | grep '^echo	'
> builtin echo
> echo	echo
?

=== echo builtin: redirections and pipes
$ load echo; echo one >f; echo two >>f; cat f; echo err >[1=2]; {echo a; echo b} | wc -l
> one
> two
2> err
>       2
?

=== ! ~: the patterns after ! stay patterns
+ touch xb
$ load std; ! ~ abc *b*; echo $status; ! ~ abc *x*; echo $status; ! ! ~ abc a?c; echo $status
> false
>
>
?

=== ! ~: a quoted pattern is literal
$ load std; ! ~ abc '*b*'; echo $status
>
?
