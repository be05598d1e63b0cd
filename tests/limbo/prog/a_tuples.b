implement Atuples;

# tuples: construction, unpacking into new and existing variables, nil
# placeholders, nested tuples, swaps and rotations (the right side is
# evaluated first), tuples as arguments and results, adts unpacked

include "sys.m";
	sys: Sys;
include "draw.m";

Atuples: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}

minmax(l: list of int): (int, int)
{
	lo := hd l;
	hi := lo;
	for(; l != nil; l = tl l){
		if(hd l < lo)
			lo = hd l;
		if(hd l > hi)
			hi = hd l;
	}
	return (lo, hi);
}

describe(t: (int, string)): string
{
	(n, s) := t;
	return s + "#" + string n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	t := (1, "two", 3.5);
	(a, b, c) := t;
	sys->print("%d %s %g\n", a, b, c);
	(x, nil, z) := t;
	sys->print("%d %g\n", x, z);
	(a, b, c) = (10, "ten", 10.5);
	sys->print("%d %s %g\n", a, b, c);

	(p, q) := (1, 2);
	(p, q) = (q, p);
	sys->print("%d %d\n", p, q);
	(r1, r2, r3) := ("x", "y", "z");
	(r1, r2, r3) = (r2, r3, r1);
	sys->print("%s%s%s\n", r1, r2, r3);

	(d, m) := divmod(17, 5);
	sys->print("%d %d\n", d, m);
	(nil, m) = divmod(-17, 5);
	sys->print("%d\n", m);
	(lo, hi) := minmax(list of {4, -2, 9, 0});
	sys->print("%d %d\n", lo, hi);

	((u, v), w) := ((1, 2), "w");
	sys->print("%d %d %s\n", u, v, w);
	sys->print("%s\n", describe((7, "seven")));
	pair := (3, "three");
	sys->print("%s\n", describe(pair));

	(px, py) := Point(3, 4);
	sys->print("%d %d\n", px, py);
	pt := Point(5, 6);
	(px, py) = pt;
	sys->print("%d %d\n", px, py);

	# a tuple is a value: copying it copies the parts
	t2 := t;
	(a, b, c) = t2;
	sys->print("%d %s %g\n", a, b, c);

	# gcd by repeated tuple assignment
	(g, h) := (1071, 462);
	while(h != 0)
		(g, h) = (h, g % h);
	sys->print("gcd %d\n", g);
}
