implement Aadtnest;

# adts inside adts, tuples and arrays: a copy of the outer value copies
# the inner values (but not what arrays and refs point to); fields of
# fields assigned in place; tuples of adts; a member returning a tuple

include "sys.m";
	sys: Sys;
include "draw.m";

Aadtnest: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

Line: adt {
	a, b:	Point;
	label:	string;
};

Poly: adt {
	pts:	array of Point;
	name:	string;

	bbox:	fn(p: self ref Poly): (Point, Point);
};

Shape: adt {
	l:	Line;
	tags:	list of string;
	attrs:	(int, string);
};

Poly.bbox(p: self ref Poly): (Point, Point)
{
	lo := p.pts[0];
	hi := lo;
	for(i := 1; i < len p.pts; i++){
		q := p.pts[i];
		if(q.x < lo.x)
			lo.x = q.x;
		if(q.y < lo.y)
			lo.y = q.y;
		if(q.x > hi.x)
			hi.x = q.x;
		if(q.y > hi.y)
			hi.y = q.y;
	}
	return (lo, hi);
}

mkline(n: int): Line
{
	return Line(Point(n, n), Point(2*n, 3*n), "line" + string n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	l := Line(Point(0, 0), Point(3, 4), "diag");
	l2 := l;
	l2.b.x = 30;
	sys->print("%d %d %s\n", l.b.x, l2.b.x, l2.label);

	s := Shape(l, "x" :: nil, (1, "one"));
	s2 := s;
	s2.l.a.y = 7;
	s2.attrs = (2, "two");
	s2.tags = "y" :: s2.tags;
	(n, str) := s.attrs;
	sys->print("%d %d %d %s %d %d\n", s.l.a.y, s2.l.a.y, n, str, len s.tags, len s2.tags);
	r := ref s;
	r.l.label = "changed";
	sys->print("%s %s\n", s.l.label, r.l.label);

	pl := ref Poly(array[] of {Point(1, 5), Point(-2, 3), Point(4, -1)}, "tri");
	(lo, hi) := pl.bbox();
	sys->print("(%d,%d) (%d,%d)\n", lo.x, lo.y, hi.x, hi.y);
	cp := *pl;
	cp.pts[0].x = 100;
	cp.name = "copy";
	sys->print("%d %s %s\n", pl.pts[0].x, pl.name, cp.name);

	t := (Point(1, 1), Point(2, 2));
	(p1, p2) := t;
	p1.x = 10;
	(q1, nil) := t;
	sys->print("%d %d\n", p1.x + p2.y, q1.x);

	lines := array[3] of Line;
	for(i := 0; i < len lines; i++)
		lines[i] = mkline(i + 1);
	lines[1].b.y = 9;
	lines[2].a = lines[1].b;
	for(i = 0; i < len lines; i++){
		li := lines[i];
		sys->print("%s (%d,%d)-(%d,%d)\n", li.label, li.a.x, li.a.y, li.b.x, li.b.y);
	}
	sys->print("%d\n", mkline(5).b.y);
}
