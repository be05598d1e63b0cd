implement Shellbuiltin;

# expr: integer arithmetic for the shell (/dis/sh/expr.dis, loaded by
# `load expr`). ${expr WORD...} evaluates its words in reverse Polish
# notation with 64-bit integers and gives the result as one decimal
# word; `ntest N` is true when the number N is not zero, to use a
# result as a condition. Not a calculator: no reals, no variables
# (the shell has those).

include "sys.m";
	sys: Sys;
include "draw.m";
include "sh.m";
	sh: Sh;
	Listnode, Context: import sh;

myself: Shellbuiltin;

Ebad: con "bad expr";

initbuiltin(c: ref Context, shmod: Sh): string
{
	sys = load Sys Sys->PATH;
	sh = shmod;
	myself = load Shellbuiltin "$self";
	if(myself == nil)
		return sys->sprint("expr: cannot load self: %r");
	c.addsbuiltin("expr", myself);
	c.addbuiltin("ntest", myself);
	return nil;
}

getself(): Shellbuiltin
{
	return myself;
}

whatis(nil: ref Context, nil: Sh, nil: string, nil: int): string
{
	return nil;
}

# ntest N: true (empty status) if N is a number other than zero
runbuiltin(c: ref Context, nil: Sh, cmd: list of ref Listnode, nil: int): string
{
	if(len cmd != 2)
		c.fail("usage", "usage: ntest number");
	(v, ok) := number((hd tl cmd).word);
	if(!ok)
		c.fail(Ebad, "ntest: bad number: " + (hd tl cmd).word);
	if(v == big 0)
		return "false";
	return nil;
}

runsbuiltin(c: ref Context, nil: Sh, cmd: list of ref Listnode): list of ref Listnode
{
	(v, err) := eval(unglob(sh->list2stringlist(tl cmd)));
	if(err != nil)
		c.fail(Ebad, "expr: " + err);
	return ref Listnode(nil, string v) :: nil;
}

# unglob: the words without the GLOB marks the shell leaves on unquoted
# pattern characters (so that an unquoted * multiplies)
unglob(words: list of string): list of string
{
	r: list of string;
	for(; words != nil; words = tl words){
		w := "";
		for(i := 0; i < len hd words; i++)
			if((hd words)[i] != Sh->GLOB)
				w[len w] = (hd words)[i];
		r = w :: r;
	}
	for(words = nil; r != nil; r = tl r)
		words = hd r :: words;
	return words;
}

# eval: the value of a reverse Polish expression, or an error
eval(words: list of string): (big, string)
{
	stack: list of big;
	for(; words != nil; words = tl words){
		w := hd words;
		(n, ok) := number(w);
		if(ok){
			stack = n :: stack;
			continue;
		}
		nargs := arity(w);
		if(nargs == 0)
			return (big 0, "unknown operator: " + w);
		if(len stack < nargs)
			return (big 0, "too few operands for " + w);
		b := hd stack;
		stack = tl stack;
		if(nargs == 1){
			stack = unary(w, b) :: stack;
			continue;
		}
		a := hd stack;
		stack = tl stack;
		if((w == "/" || w == "%") && b == big 0)
			return (big 0, "division by zero");
		stack = binary(w, a, b) :: stack;
	}
	case len stack {
	0 =>
		return (big 0, "no value");
	1 =>
		return (hd stack, nil);
	}
	return (big 0, "operator missing");
}

# arity: how many operands operator w takes; 0 if it is not one
arity(w: string): int
{
	case w {
	"neg" or "~" or "!" =>
		return 1;
	"+" or "-" or "x" or "*" or "/" or "%" or "**" or
	"&" or "|" or "^" or "<<" or ">>" or
	"=" or "==" or "!=" or "<" or ">" or "<=" or ">=" or
	"and" or "or" or "max" or "min" =>
		return 2;
	}
	return 0;
}

unary(w: string, a: big): big
{
	case w {
	"neg" =>	return -a;
	"~" =>		return ~a;
	"!" =>		return truth(a == big 0);
	}
	return big 0;
}

binary(w: string, a, b: big): big
{
	case w {
	"+" =>		return a + b;
	"-" =>		return a - b;
	"x" or "*" =>	return a * b;
	"/" =>		return a / b;
	"%" =>		return a % b;
	"**" =>		return power(a, b);
	"&" =>		return a & b;
	"|" =>		return a | b;
	"^" =>		return a ^ b;
	"<<" =>		return a << int b;
	">>" =>		return a >> int b;
	"=" or "==" =>	return truth(a == b);
	"!=" =>		return truth(a != b);
	"<" =>		return truth(a < b);
	">" =>		return truth(a > b);
	"<=" =>		return truth(a <= b);
	">=" =>		return truth(a >= b);
	"and" =>	return truth(a != big 0 && b != big 0);
	"or" =>		return truth(a != big 0 || b != big 0);
	"max" =>
		if(a > b)
			return a;
		return b;
	"min" =>
		if(a < b)
			return a;
		return b;
	}
	return big 0;
}

# power: a to the b; a negative exponent gives 0 (integers only)
power(a, b: big): big
{
	if(b < big 0)
		return big 0;
	r := big 1;
	while(b > big 0){
		if((b & big 1) != big 0)
			r *= a;
		a *= a;
		b >>= 1;
	}
	return r;
}

truth(t: int): big
{
	if(t)
		return big 1;
	return big 0;
}

# number: a decimal number with an optional sign, 0x hex, 0 octal or
# Limbo's radix form (16rff); (value, 1) if w is one
number(w: string): (big, int)
{
	if(w == nil)
		return (big 0, 0);
	neg := 0;
	i := 0;
	if(w[0] == '-' || w[0] == '+'){
		neg = w[0] == '-';
		i = 1;
	}
	if(i == len w || w[i] < '0' || w[i] > '9')
		return (big 0, 0);
	base := 10;
	if(len w - i > 2 && w[i] == '0' && (w[i+1] == 'x' || w[i+1] == 'X')){
		base = 16;
		i += 2;
	}else if(len w - i > 1 && w[i] == '0')
		base = 8;
	else{
		for(j := i; j < len w && w[j] >= '0' && w[j] <= '9'; j++)
			;
		if(j < len w && (w[j] == 'r' || w[j] == 'R')){
			base = int w[i:j];
			if(base < 2 || base > 36)
				return (big 0, 0);
			i = j + 1;
		}
	}
	if(i == len w)
		return (big 0, 0);
	v := big 0;
	for(; i < len w; i++){
		d := digit(w[i]);
		if(d < 0 || d >= base)
			return (big 0, 0);
		v = v * big base + big d;
	}
	if(neg)
		v = -v;
	return (v, 1);
}

digit(c: int): int
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return -1;
}
