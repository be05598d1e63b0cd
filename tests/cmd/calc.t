# calc: commands.md §1 calc
=== an expression argument
$ calc 1+2
> 3
?

=== the shortest form that reads back the same
$ calc 1/3
> .3333333333333333
?

=== a real power
$ calc 2**0.5
> 1.4142135623730951
?

=== division by zero is Infinity
$ calc 1/0
> Infinity
?

=== large numbers in exponent form
$ calc 1e21
> 1e+21
?

=== hexadecimal
$ calc 0x10
> 16
?

=== Limbo's radix form
$ calc 16rff
> 255
?

=== several words make one expression
$ calc 1 + 2 '*' 3
> 7
?

=== 0/0 is NaN
$ calc 0/0
> NaN
?

=== a missing operand
$ calc 1+
> error: line 1: missing expression
?

=== precedence: * before +
$ calc '2+3*4'
> 14
?

=== unary minus binds tighter than **
$ calc '-3**2'
> 9
?

=== ** groups to the right
$ calc '2**3**2'
> 512
?

=== // divides to a whole number, % is the remainder
$ calc 'print(7//2, 7%3)'
> 3 1
?

=== //
$ calc '-7//2'
> -3
?

=== postfix ! is the factorial
$ calc '5!'
> 120
?

=== prefix ! is not
$ calc '!5'
> 0
?

=== shifts and bit operators
$ calc '(1<<10) + (6&3) + (6|3) + (6^3) + (256>>4)'
> 1054
?

=== ~ complements
$ calc '~0'
> -1
?

=== relations and logic give 1 or 0
$ calc '(3 > 2) + (2 >= 3) + (1 && 0) + (0 || 2) + (1 == 1) + (1 != 1)'
> 3
?

=== implication, equivalence, nand and nor
$ calc '(1 -> 0)*1000 + (0 <- 1)*100 + (0 <-> 0)*10 + (1 ↑ 1) + (0 ↓ 0)'
> 11
?

=== the conditional operator
$ calc '0 ? 5 : 6'
> 6
?

=== the constants
< Pi
< e
< Phi
< Gamma
< Infinity
< Nan
$ calc
> 3.141592653589793
> 2.718281828459045
> 1.618033988749895
> .5772156649015329
> Infinity
> NaN
?

=== constants cannot be assigned
$ calc 'Pi = 3'
> error: line 1: Pi is a constant
?

=== statements from standard input; assignments print nothing
< x = 3
< y := x * 2
< x + y
< x++
< x
< x += 10; x
$ calc
> 9
> 4
> 14
?

=== an undefined variable
$ calc 'y + 1'
> error: line 1: y is not defined
?

=== errors name their line and calc goes on
< 1
< 2 +
< 3
$ calc
> 1
> error: line 2: missing expression
> 3
?

=== -s: a variable must be declared first
< x = 1
< x := 2
< x = x + 1
< x
$ calc -s
> error: line 1: x is not declared
> 3
?

=== functions
< fn sq(n) { return n*n }
< sq(7)
< fn fact(n) {
< 	if(n <= 1)
< 		return 1
< 	return n * fact(n-1)
< }
< fact(10)
$ calc
> 49
> 3628800
?

=== a function's parameters are its own
< n = 5
< fn f(n) { return n + 1 }
< f(1)
< n
$ calc
> 2
> 5
?

=== a function without a value prints nothing
< fn hello() { print("hello") }
< hello()
$ calc
> hello
?

=== the wrong number of arguments
$ calc 'sqrt(1, 2)'
> error: line 1: wrong number of arguments to sqrt
?

=== an unknown function
$ calc 'foo(1)'
> error: line 1: foo is not a function
?

=== for, break and continue
$ calc 'for(i = 0; i < 10; i++) { if(i == 1) continue; if(i == 4) break; print(i) }'
> 0
> 2
> 3
?

=== while, if and else
< i = 0
< while(i < 10) { i += 3 }
< if(i > 10) print("big", i) else print("small", i)
$ calc
> big 12
?

=== else on the next line
< if(0)
< 	1
< else
< 	2
$ calc
> 2
?

=== do while
$ calc 'i = 0; do i += 2 while(i < 7); i'
> 8
?

=== break outside a loop
$ calc 'break'
> error: line 1: break not in a loop
?

=== return outside a function
$ calc 'return 1'
> error: line 1: return not in a function
?

=== exit ends the program
< 1
< exit
< 2
$ calc
> 1
?

=== exit in a function ends the program too
< fn f() { print(1); exit; print(2) }
< f()
< 3
$ calc
> 1
?

=== the comma operator's value is the last
$ calc '1, 2'
> 2
?

=== functions of one argument
$ calc 'abs(-4) + floor(-2.5) + ceiling(2.1) + int(-3.7) + round(2.5) + round(-2.5) + sign(-9) + sqrt(16) + cbrt(27)'
> 7
?

=== frac
$ calc 'frac(3.25)'
> .25
?

=== max and min take any number of arguments
$ calc 'max(3, 9, 2) - min(4, 1, 8)'
> 8
?

=== pow and atan2
$ calc 'pow(2, 10) + atan2(0, 1)'
> 1024
?

=== logarithms and exp
$ calc 'log(e) + log10(1000) + exp(0)'
> 5
?

=== gamma of a whole number is a factorial
$ calc 'gamma(5)'
> 24
?

=== trigonometry in radians
$ calc 'sin(0) + cos(0) + tan(0) + asin(0) + acos(1) + atan(0)'
> 1
?

=== degrees
< degrees = 1
< sin(30)
< cos(60)
< tan(45)
< atan(1)
$ calc
> .5
> .5
> 1
> 45
?

=== hyperbolic functions and erf
$ calc 'sinh(0) + cosh(0) + tanh(0) + asinh(0) + acosh(1) + atanh(0) + erf(0)'
> 1
?

=== rand is in [0, 1)
$ calc 'r = rand(); r >= 0 && r < 1'
> 1
?

=== sigma sums
$ calc 'sigma(i, 1, 100, i)'
> 5050
?

=== pi multiplies
$ calc 'pi(i, 1, 6, i)'
> 720
?

=== integral
$ calc 'integral(x, 0, 2, 3*x*x)'
>~ 8|7\.99999999999\d*|8\.0000000000\d*
?

=== differential
$ calc 'differential(x, 3, x*x)'
>~ 6|5\.99999999999\d*|6\.0000000000\d*
?

=== solve
$ calc 'solve(x, x*x - 4)'
>~ -?(2|1\.99999999999\d*|2\.0000000000\d*)
?

=== solve with no solution
$ calc 'solve(x, x*x + 1)'
> error: line 1: no solution found
?

=== printbase
< printbase = 16
< 255
< printbase = 2
< 10.5
$ calc
> ff
> 1010.1
?

=== printbase out of range
$ calc 'printbase = 40'
> error: line 1: printbase must be a whole number from 2 to 36
?

=== a file argument
+ printf '1+1\n2*3\n' >prog
$ calc prog
> 2
> 6
?

=== read takes values from standard input
+ printf 'read(a)\na * 2\n' >prog
< 21
$ calc prog
> 42
?

=== include runs another file
+ printf 'x = 5\nfn twice(n) { return 2*n }\n' >inc
< include "inc"
< twice(x)
$ calc
> 10
?

=== comments
< 1 + 1	# two
< # nothing
$ calc
> 2
?

=== a character calc does not know
$ calc '1 $ 2'
> error: line 1: unexpected character '$'
?

=== something after a complete expression
$ calc '3 4'
> error: line 1: syntax error near 4
?

=== an unclosed parenthesis
$ calc '(1+2'
> error: line 1: missing )
?
