# Mutual recursion between functions defined after their use: even and
# odd, Hofstadter's female and male sequences, a recursive-descent
# expression evaluator over module data, and a function declared at
# top level before its definition.
implement BMutual;

include "sys.m";
	sys: Sys;
include "draw.m";

BMutual: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

steps: fn(n: int): int;

src: string;
pos: int;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("even 10 %d, odd 7 %d, even 7 %d, even 1001 %d\n",
		iseven(10), isodd(7), iseven(7), iseven(1001));
	fs := "";
	ms := "";
	for(i := 0; i <= 20; i++){
		fs += " " + string female(i);
		ms += " " + string male(i);
	}
	sys->print("F:%s\nM:%s\n", fs, ms);
	sys->print("steps %d %d %d %d\n", steps(1), steps(6), steps(27), steps(97));
	exprs := array[] of {"2*(3+4)-10/(1+1)", "1+2*3", "(1+2)*3", "8/3*3",
		"12*12-44", "-7/2", "((7))", "2-3-4"};
	for(i = 0; i < len exprs; i++)
		sys->print("%s = %d\n", exprs[i], eval(exprs[i]));
}

iseven(n: int): int
{
	if(n == 0)
		return 1;
	return isodd(n-1);
}

isodd(n: int): int
{
	if(n == 0)
		return 0;
	return iseven(n-1);
}

female(n: int): int
{
	if(n == 0)
		return 1;
	return n - male(female(n-1));
}

male(n: int): int
{
	if(n == 0)
		return 0;
	return n - female(male(n-1));
}

steps(n: int): int
{
	if(n == 1)
		return 0;
	if(n % 2 == 0)
		return half(n);
	return triple(n);
}

half(n: int): int
{
	return 1 + steps(n/2);
}

triple(n: int): int
{
	return 1 + steps(3*n+1);
}

eval(s: string): int
{
	src = s;
	pos = 0;
	return expr();
}

expr(): int
{
	v := term();
	while(pos < len src && (src[pos] == '+' || src[pos] == '-')){
		op := src[pos++];
		t := term();
		if(op == '+')
			v += t;
		else
			v -= t;
	}
	return v;
}

term(): int
{
	v := factor();
	while(pos < len src && (src[pos] == '*' || src[pos] == '/')){
		op := src[pos++];
		t := factor();
		if(op == '*')
			v *= t;
		else
			v /= t;
	}
	return v;
}

factor(): int
{
	if(src[pos] == '('){
		pos++;
		v := expr();
		pos++;	# the ')'
		return v;
	}
	if(src[pos] == '-'){
		pos++;
		return -factor();
	}
	v := 0;
	while(pos < len src && src[pos] >= '0' && src[pos] <= '9')
		v = v*10 + src[pos++] - '0';
	return v;
}
