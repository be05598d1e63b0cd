implement Aadtfn;

# adt member functions: self ref (changes the object), self value (works
# on a copy), functions without self called as Adt.f, constants in adts,
# chained calls on returned values

include "sys.m";
	sys: Sys;
include "draw.m";

Aadtfn: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Counter: adt {
	n:	int;
	name:	string;
	MAX:	con 3;
	STEP:	con "step";

	new:	fn(name: string): ref Counter;
	inc:	fn(c: self ref Counter): int;
	get:	fn(c: self Counter): int;
	bumped:	fn(c: self Counter): Counter;
	reset:	fn(c: self ref Counter);
	text:	fn(c: self ref Counter): string;
};

Vec: adt {
	x, y:	real;

	add:	fn(a: self Vec, b: Vec): Vec;
	scale:	fn(a: self Vec, k: real): Vec;
	dot:	fn(a: self Vec, b: Vec): real;
	norm2:	fn(a: self Vec): real;
};

Counter.new(name: string): ref Counter
{
	return ref Counter(0, name);
}

Counter.inc(c: self ref Counter): int
{
	if(c.n < Counter.MAX)
		c.n++;
	return c.n;
}

Counter.get(c: self Counter): int
{
	c.n += 100;	# a copy: the caller's counter keeps its value
	return c.n - 100;
}

Counter.bumped(c: self Counter): Counter
{
	c.n++;
	return c;
}

Counter.reset(c: self ref Counter)
{
	c.n = 0;
}

Counter.text(c: self ref Counter): string
{
	return c.name + "=" + string c.n;
}

Vec.add(a: self Vec, b: Vec): Vec
{
	return Vec(a.x + b.x, a.y + b.y);
}

Vec.scale(a: self Vec, k: real): Vec
{
	return Vec(a.x * k, a.y * k);
}

Vec.dot(a: self Vec, b: Vec): real
{
	return a.x * b.x + a.y * b.y;
}

Vec.norm2(a: self Vec): real
{
	return a.dot(a);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	c := Counter.new("c");
	sys->print("%s\n", c.text());
	for(i := 0; i < 5; i++)
		sys->print("%d ", c.inc());
	sys->print("\n%s %d %s\n", c.text(), Counter.MAX, Counter.STEP);

	v := *c;
	sys->print("%d %d\n", v.get(), v.n);
	w := v.bumped().bumped();
	sys->print("%d %d %d\n", v.n, w.n, w.bumped().get());
	c.reset();
	sys->print("%s %d\n", c.text(), v.n);

	d := c;
	d.inc();
	sys->print("%s\n", c.text());

	a := Vec(1.0, 2.0);
	b := Vec(0.5, -1.0);
	s := a.add(b);
	sys->print("%g %g\n", s.x, s.y);
	t := a.add(b).scale(2.0);
	sys->print("%g %g %g\n", t.x, t.y, t.dot(Vec(1.0, 0.0)));
	sys->print("%g %g\n", a.norm2(), a.x);

	cs := array[] of {Counter.new("x"), Counter.new("y")};
	cs[1].inc();
	cs[1].inc();
	cs[0].inc();
	sys->print("%s %s\n", cs[0].text(), cs[1].text());
}
