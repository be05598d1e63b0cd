# Functions with tuple results: unpacking into new and existing
# variables, nil placeholders, swaps and rotations, nested tuples,
# tuples of refs and lists, results ignored, recursion on tuples, and
# unpacking an adt value.
implement BTupret;

include "sys.m";
	sys: Sys;
include "draw.m";

BTupret: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Cell: adt {
	v:	int;
	tag:	string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(q, r) := divmod(17, 5);
	sys->print("divmod %d %d\n", q, r);
	(q, r) = divmod(-17, 5);
	sys->print("divmod %d %d\n", q, r);
	(q, nil) = divmod(100, 7);
	sys->print("q only %d %d\n", q, r);
	(nil, r) = divmod(100, 7);
	sys->print("r only %d %d\n", q, r);
	divmod(1, 1);

	(a, b) := fibpair(30);
	sys->print("fibpair %d %d\n", a, b);
	(a, b) = (b, a);
	sys->print("swapped %d %d\n", a, b);
	c := 3;
	(a, b, c) = (b, c, a);
	sys->print("rotated %d %d %d\n", a, b, c);

	(lo, hi, n) := minmax(5 :: -2 :: 9 :: 0 :: nil);
	sys->print("minmax %d %d %d\n", lo, hi, n);
	(lo, hi, n) = minmax(nil);
	sys->print("minmax %d %d %d\n", lo, hi, n);

	(t, bg) := nested(4);
	(ti, ts) := t;
	sys->print("nested %d %s %bd\n", ti, ts, bg);

	(cell, l) := mkcell("k", 3);
	sys->print("cell %d %s %d %s\n", cell.v, cell.tag, len l, hd l);
	cell.v = 42;
	(v, tag) := *cell;
	sys->print("unpacked %d %s\n", v, tag);
	pv := Cell(7, "seven");
	(v, tag) = pv;
	sys->print("unpacked %d %s\n", v, tag);

	tp: (int, string);
	tp = pair(9);
	(pi, ps) := tp;
	sys->print("pair %d %s\n", pi, ps);
	tp = (pi + 1, ps + ps);
	(pi, ps) = tp;
	sys->print("pair %d %s\n", pi, ps);
	sys->print("words %s\n", words(("one", "two", "three")));
}

divmod(a, b: int): (int, int)
{
	return (a/b, a%b);
}

fibpair(n: int): (int, int)
{
	if(n == 0)
		return (0, 1);
	(x, y) := fibpair(n-1);
	return (y, x+y);
}

minmax(l: list of int): (int, int, int)
{
	if(l == nil)
		return (0, 0, 0);
	lo := hd l;
	hi := hd l;
	n := 0;
	for(; l != nil; l = tl l){
		if(hd l < lo)
			lo = hd l;
		if(hd l > hi)
			hi = hd l;
		n++;
	}
	return (lo, hi, n);
}

nested(n: int): ((int, string), big)
{
	return ((n*n, "sq"), big n << 33);
}

mkcell(tag: string, v: int): (ref Cell, list of string)
{
	return (ref Cell(v, tag), tag :: "x" :: nil);
}

pair(n: int): (int, string)
{
	t := (n, string n);
	return t;
}

words(t: (string, string, string)): string
{
	(a, nil, c) := t;
	return c + "-" + a;
}
