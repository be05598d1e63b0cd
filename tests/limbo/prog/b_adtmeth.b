# Adt member functions: self by value (the callee gets a copy) and by
# reference (the callee changes the caller's object), called through
# values, refs, array elements, list heads and results, and as
# Adt.f(x) with self passed explicitly; member functions without self
# (constructors); adt constants.
implement BAdtmeth;

include "sys.m";
	sys: Sys;
include "draw.m";

BAdtmeth: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Vec: adt {
	x, y:	int;

	Unit:	con 1;

	new:	fn(x, y: int): ref Vec;
	add:	fn(v: self Vec, w: Vec): Vec;
	scale:	fn(v: self ref Vec, k: int);
	len2:	fn(v: self Vec): int;
	str:	fn(v: self ref Vec): string;
	vstr:	fn(v: self Vec): string;
	bump:	fn(v: self Vec): int;
};

Acc: adt {
	items:	list of string;
	n:	int;

	put:	fn(a: self ref Acc, s: string): ref Acc;
	all:	fn(a: self ref Acc): string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	v := Vec(1, 2);
	w := v.add(Vec(3, 4));
	sys->print("add %s %s\n", v.vstr(), w.vstr());
	r := Vec.new(5, 6);
	r.scale(2);
	sys->print("scale %s len2 %d\n", r.str(), (*r).len2());
	Vec.scale(r, -1);
	sys->print("Vec.scale %s\n", r.str());
	sys->print("Vec.len2 %d Vec.add %s\n", Vec.len2(v), Vec.add(v, w).vstr());
	sys->print("bump %d v %s\n", v.bump(), v.vstr());
	sys->print("chain %s\n", Vec.new(7, 8).str());
	sys->print("unit %d %d\n", Vec.Unit, v.add(Vec(Vec.Unit, Vec.Unit)).len2());

	vs := array[] of {Vec(1, 0), Vec(0, 2), Vec(3, 4)};
	t := 0;
	for(i := 0; i < len vs; i++)
		t += vs[i].len2();
	sys->print("array len2 sum %d\n", t);
	refs := Vec.new(1, 1) :: Vec.new(2, 2) :: nil;
	(hd refs).scale(10);
	sys->print("list %s %s\n", (hd refs).str(), (hd tl refs).str());

	a := ref Acc(nil, 0);
	a.put("x").put("y").put("z");
	sys->print("acc %d %s\n", a.n, a.all());
	b := a;
	b.put("w");
	sys->print("shared %d %s\n", a.n, a.all());
}

Vec.new(x, y: int): ref Vec
{
	return ref Vec(x, y);
}

Vec.add(v: self Vec, w: Vec): Vec
{
	return Vec(v.x + w.x, v.y + w.y);
}

Vec.scale(v: self ref Vec, k: int)
{
	v.x *= k;
	v.y *= k;
}

Vec.len2(v: self Vec): int
{
	return v.x*v.x + v.y*v.y;
}

Vec.str(v: self ref Vec): string
{
	return (*v).vstr();
}

Vec.vstr(v: self Vec): string
{
	return "(" + string v.x + "," + string v.y + ")";
}

Vec.bump(v: self Vec): int
{
	v.x += 100;
	return v.x;
}

Acc.put(a: self ref Acc, s: string): ref Acc
{
	a.items = s :: a.items;
	a.n++;
	return a;
}

Acc.all(a: self ref Acc): string
{
	s := "";
	for(l := a.items; l != nil; l = tl l)
		s = hd l + s;
	return s;
}
