# Function references to local functions: assigned, compared with nil,
# passed as arguments, returned, stored in adts, arrays and lists, and
# called; references with big, real, string and tuple signatures;
# a reference to a function that recurses.
implement BFnref;

include "sys.m";
	sys: Sys;
include "draw.m";

BFnref: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Binop: type ref fn(a, b: int): int;

Op: adt {
	name:	string;
	f:	Binop;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f: Binop;
	sys->print("nil %d\n", f == nil);
	f = add;
	sys->print("nil %d f %d\n", f == nil, f(2, 3));
	sys->print("apply %d %d\n", apply(sub, 10, 4), apply(f, 10, 4));

	ops := array[] of {Op("add", add), Op("sub", sub), Op("mul", mul), Op("max", max)};
	for(i := 0; i < len ops; i++)
		sys->print("%s %d %d\n", ops[i].name, ops[i].f(7, 3), fold(ops[i].f, 1 :: 5 :: 2 :: nil));
	r := ref Op("mul", mul);
	sys->print("ref op %d\n", r.f(6, 7));
	r.f = sub;
	sys->print("ref op %d\n", r.f(6, 7));

	fs := array[3] of Binop;
	fs[0] = add;
	fs[2] = byname("mul");
	for(i = 0; i < len fs; i++)
		if(fs[i] == nil)
			sys->print("fs[%d] nil\n", i);
		else
			sys->print("fs[%d] %d\n", i, fs[i](4, 5));
	sys->print("byname nil %d\n", byname("nosuch") == nil);

	d: ref fn(x: int): int = double;
	s: ref fn(x: int): int = square;
	l: list of ref fn(x: int): int;
	l = d :: s :: d :: l;
	x := 3;
	for(; l != nil; l = tl l)
		x = (hd l)(x);
	sys->print("chain %d\n", x);
	a := array[] of {1, 2, 3, 4};
	map(a, square);
	sys->print("map %d %d %d %d\n", a[0], a[1], a[2], a[3]);
	ev := filter(1 :: 2 :: 3 :: 4 :: 5 :: 6 :: nil, iseven);
	sys->print("filter %d %d %d %d\n", len ev, hd ev, hd tl ev, hd tl tl ev);

	bf: ref fn(b: big, r: real): (big, real) = scale;
	(bb, rr) := bf(big 1 << 35, 0.5);
	sys->print("bigreal %bd %g\n", bb, rr);
	sf: ref fn(s: string, n: int): string;
	sf = rep;
	sys->print("rep %s|%s\n", sf("ab", 3), sf("x", 0));
	fr: ref fn(n: int): int = fact;
	sys->print("fact %d\n", fr(10));
}

add(a, b: int): int
{
	return a + b;
}

sub(a, b: int): int
{
	return a - b;
}

mul(a, b: int): int
{
	return a * b;
}

max(a, b: int): int
{
	if(a > b)
		return a;
	return b;
}

apply(f: Binop, a, b: int): int
{
	return f(a, b);
}

fold(f: ref fn(a, b: int): int, l: list of int): int
{
	v := hd l;
	for(l = tl l; l != nil; l = tl l)
		v = f(v, hd l);
	return v;
}

byname(s: string): Binop
{
	case s {
	"add" =>
		return add;
	"mul" =>
		return mul;
	}
	return nil;
}

double(x: int): int
{
	return 2*x;
}

square(x: int): int
{
	return x*x;
}

map(a: array of int, f: ref fn(x: int): int)
{
	for(i := 0; i < len a; i++)
		a[i] = f(a[i]);
}

iseven(x: int): int
{
	return x % 2 == 0;
}

filter(l: list of int, p: ref fn(x: int): int): list of int
{
	if(l == nil)
		return nil;
	if(p(hd l))
		return hd l :: filter(tl l, p);
	return filter(tl l, p);
}

scale(b: big, r: real): (big, real)
{
	return (b * big 3, r * 3.0);
}

rep(s: string, n: int): string
{
	t := "";
	while(n-- > 0)
		t += s;
	return t;
}

fact(n: int): int
{
	if(n <= 1)
		return 1;
	return n * fact(n-1);
}
