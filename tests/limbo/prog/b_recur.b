# Recursion: factorials in int and big, Fibonacci, Ackermann, gcd,
# Hanoi building a string, recursion over lists and strings, and a
# recursion 10000 frames deep (the stack grows through segments).
implement BRecur;

include "sys.m";
	sys: Sys;
include "draw.m";

BRecur: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i <= 12; i += 4)
		sys->print("fact %d = %d\n", i, fact(i));
	sys->print("bigfact 20 = %bd\n", bigfact(big 20));
	s := "";
	for(i = 0; i < 16; i++)
		s += " " + string fib(i);
	sys->print("fib:%s\n", s);
	sys->print("fib 20 = %d\n", fib(20));
	sys->print("ack 2 3 = %d, ack 3 3 = %d\n", ack(2, 3), ack(3, 3));
	sys->print("gcd = %d %d %d\n", gcd(1071, 462), gcd(17, 5), gcd(0, 9));
	sys->print("hanoi:%s\n", hanoi(3, "a", "c", "b"));
	sys->print("moves 10 = %d\n", moves(10));
	l := 1 :: 2 :: 3 :: 4 :: 5 :: nil;
	sys->print("sum %d len %d\n", sum(l), length(l));
	r := rev(l, nil);
	sys->print("rev %d %d %d\n", hd r, hd tl r, hd tl tl tl tl r);
	sys->print("strrev %s|%s|%s\n", strrev("hello"), strrev("x"), strrev(""));
	sys->print("deep %d\n", deep(10000));
	sys->print("pow %bd\n", pow(big 2, 62));
}

fact(n: int): int
{
	if(n <= 1)
		return 1;
	return n * fact(n-1);
}

bigfact(n: big): big
{
	if(n <= big 1)
		return big 1;
	return n * bigfact(n-big 1);
}

fib(n: int): int
{
	if(n < 2)
		return n;
	return fib(n-1) + fib(n-2);
}

ack(m, n: int): int
{
	if(m == 0)
		return n+1;
	if(n == 0)
		return ack(m-1, 1);
	return ack(m-1, ack(m, n-1));
}

gcd(a, b: int): int
{
	if(b == 0)
		return a;
	return gcd(b, a%b);
}

hanoi(n: int, src, dst, via: string): string
{
	if(n == 0)
		return "";
	return hanoi(n-1, src, via, dst) + " " + src + "->" + dst + hanoi(n-1, via, dst, src);
}

moves(n: int): int
{
	if(n == 0)
		return 0;
	return 2*moves(n-1) + 1;
}

sum(l: list of int): int
{
	if(l == nil)
		return 0;
	return hd l + sum(tl l);
}

length(l: list of int): int
{
	if(l == nil)
		return 0;
	return 1 + length(tl l);
}

rev(l, acc: list of int): list of int
{
	if(l == nil)
		return acc;
	return rev(tl l, hd l :: acc);
}

strrev(s: string): string
{
	if(len s <= 1)
		return s;
	return strrev(s[1:]) + s[0:1];
}

deep(n: int): int
{
	if(n == 0)
		return 0;
	return n + deep(n-1);
}

pow(b: big, e: int): big
{
	if(e == 0)
		return big 1;
	h := pow(b, e/2);
	if(e % 2)
		return h * h * b;
	return h * h;
}
