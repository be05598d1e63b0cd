# Arguments of mixed types and alignments (int, big, real, byte,
# string, adt values, tuples, refs, lists, arrays), passed by value or
# by reference as their types say; adt and tuple values as arguments
# and results; calls nested as arguments.
implement BArgs;

include "sys.m";
	sys: Sys;
include "draw.m";

BArgs: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

Rec: adt {
	name:	string;
	p:	Point;
	v:	big;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := Point(3, 4);
	rp := ref Point(5, 6);
	arr := array[] of {1, 2, 3};
	e := "str";
	s := mixed(7, big 1 << 40, 2.5, byte 200, e, p, (8, "eight"), rp,
		10 :: 20 :: nil, arr, .25, byte 255, big -9, -1);
	sys->print("%s\n", s);
	sys->print("after: p %d,%d rp %d,%d arr %d %d %d e %s\n",
		p.x, p.y, rp.x, rp.y, arr[0], arr[1], arr[2], e);

	r1 := Rec("n", Point(1, 2), big 10);
	r2 := bump(r1);
	sys->print("r1 %s %d %d %bd\n", r1.name, r1.p.x, r1.p.y, r1.v);
	sys->print("r2 %s %d %d %bd\n", r2.name, r2.p.x, r2.p.y, r2.v);
	r2 = bump(bump(r2));
	sys->print("r2 %s %d %d %bd\n", r2.name, r2.p.x, r2.p.y, r2.v);

	(x, y, z) := swap3((1, big 2, "three"));
	sys->print("swap3 %s %bd %d\n", x, y, z);
	t := (byte 1, 2.0, big 3);
	(b, r, g) := t;
	sys->print("t %d %g %bd\n", int b, r, g);
	sys->print("bytes %d\n", int addbytes(byte 250, byte 10, t));
	sys->print("add3 %d\n", add3(add3(1, 2, 3), add3(4, 5, 6), 7));
	pts := array[] of {Point(1, 1), Point(2, 3), Point(-4, 5)};
	sys->print("sumpts %d\n", sumpts(pts, (10, 20)).x);
	sys->print("sumpts %d\n", sumpts(pts, (10, 20)).y);
	pl := ("a", 1) :: ("bb", 2) :: ("ccc", 3) :: nil;
	sys->print("weigh %d\n", weigh(pl));
	sys->print("reals %g %g %g\n", avg(1.0, 2.0, 4.5), avg(-1.5, 0.0, 0.0), avg(1e10, 1e10, 1e10));
}

mixed(a: int, b: big, c: real, d: byte, e: string, p: Point, t: (int, string), r: ref Point,
	l: list of int, arr: array of int, f: real, g: byte, h: big, last: int): string
{
	(ti, ts) := t;
	s := sys->sprint("%d %bd %g %d %s %d,%d %d,%s %d,%d %d %d %g %d %bd %d",
		a, b, c, int d, e, p.x, p.y, ti, ts, r.x, r.y, hd l, len l, f, int g, h, last);
	p.x = 100;
	r.x = 500;
	arr[0] = 99;
	arr = nil;
	e[0] = 'S';
	d += byte 100;
	sys->print("in mixed: d %d e %s p.x %d arr %d\n", int d, e, p.x, len arr);
	return s;
}

bump(r: Rec): Rec
{
	r.p.x++;
	r.v += big 1;
	r.name += "!";
	return r;
}

swap3(t: (int, big, string)): (string, big, int)
{
	(a, b, c) := t;
	return (c, b, a);
}

addbytes(a, b: byte, t: (byte, real, big)): byte
{
	(c, nil, nil) := t;
	return a + b + c;
}

add3(a, b, c: int): int
{
	return a + b + c;
}

sumpts(a: array of Point, start: (int, int)): Point
{
	(x, y) := start;
	s := Point(x, y);
	for(i := 0; i < len a; i++){
		s.x += a[i].x;
		s.y += a[i].y;
	}
	return s;
}

weigh(l: list of (string, int)): int
{
	n := 0;
	for(; l != nil; l = tl l){
		(s, w) := hd l;
		n += len s * w;
	}
	return n;
}

avg(a, b, c: real): real
{
	return (a + b + c) / 3.0;
}
