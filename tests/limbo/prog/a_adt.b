implement Aadt;

# adt values and refs: construction, fields, value copies, shared refs,
# *r copies, ref v new objects, *r = v, nested adts, fields of every
# basic type, identity comparison of refs, nil refs

include "sys.m";
	sys: Sys;
include "draw.m";

Aadt: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

Rect: adt {
	min, max:	Point;
};

Mixed: adt {
	b:	byte;
	r:	real;
	i:	int;
	g:	big;
	s:	string;
	l:	list of string;
};

byval(p: Point): int
{
	p.x = 1000;
	return p.x + p.y;
}

byref(p: ref Point)
{
	p.x = 1000;
}

origin(): Point
{
	return Point(0, 0);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	p := Point(1, 2);
	q := p;
	q.x = 10;
	sys->print("%d %d %d\n", p.x, p.y, q.x);

	r := ref Point(3, 4);
	r2 := r;
	r2.y = 40;
	sys->print("%d %d\n", r.y, r == r2);
	v := *r;
	v.x = 30;
	sys->print("%d %d\n", r.x, v.x);
	nr := ref v;
	nr.x = 31;
	sys->print("%d %d %d\n", v.x, nr.x, nr != r);
	*r = Point(7, 8);
	sys->print("%d %d %d\n", r2.x, r2.y, v.y);
	sys->print("%d\n", ref Point(1, 2) == ref Point(1, 2));

	re := Rect(Point(0, 0), Point(4, 3));
	sys->print("%d %d\n", re.max.x - re.min.x, re.max.y - re.min.y);
	re.min.y = 1;
	rr := ref re;
	rr.max.y = 10;
	sys->print("%d %d %d\n", re.min.y, re.max.y, rr.max.y);
	c := re.max;
	c.x = -1;
	sys->print("%d\n", re.max.x);

	sys->print("%d %d\n", byval(p), p.x);
	byref(r);
	sys->print("%d %d\n", r.x, r2.x);
	o := origin();
	sys->print("%d %d\n", o.x, o.y);

	m := Mixed(byte 255, 2.5, -7, big 1 << 40, "str", "a" :: nil);
	m2 := m;
	m2.b++;
	m2.r *= 2.0;
	m2.s += "!";
	m2.l = "b" :: m2.l;
	sys->print("%d %g %d %bd %s %d\n", int m.b, m.r, m.i, m.g, m.s, len m.l);
	sys->print("%d %g %d %bd %s %d\n", int m2.b, m2.r, m2.i, m2.g, m2.s, len m2.l);

	np: ref Point;
	sys->print("%d\n", np == nil);
	{
		sys->print("no error %d\n", np.x);
	} exception e {
	"*" =>
		sys->print("nil.x: %s\n", e);
	}
}
