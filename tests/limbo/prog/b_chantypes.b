# Channels of every kind of element: int, big, real, byte, string,
# tuples, adt values (copied: changes after the send are not seen),
# refs and arrays (shared), lists, channels, function references and
# module handles; adt values with pointers sent between threads.
implement BChantypes;

include "sys.m";
	sys: Sys;
include "draw.m";

BChantypes: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

Rec: adt {
	s:	string;
	b:	big;
	r:	real;
	l:	list of int;
	p:	Point;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cb := chan[1] of big;
	cb <-= big 1 << 50;
	cr := chan[1] of real;
	cr <-= 0.1;
	cy := chan[1] of byte;
	cy <-= byte 255;
	cs := chan[1] of string;
	cs <-= "str";
	sys->print("scalars %bd %g %d %s\n", <-cb, <-cr, int <-cy, <-cs);

	ct := chan[1] of (int, string, big);
	ct <-= (-5, "tuple", big -6);
	(ti, ts, tb) := <-ct;
	sys->print("tuple %d %s %bd\n", ti, ts, tb);

	cp := chan[1] of Point;
	p := Point(1, 2);
	cp <-= p;
	p.x = 100;
	q := <-cp;
	sys->print("value %d %d (sender %d)\n", q.x, q.y, p.x);

	crp := chan[1] of ref Point;
	rp := ref Point(3, 4);
	crp <-= rp;
	rp.x = 300;
	rq := <-crp;
	sys->print("ref %d %d same %d\n", rq.x, rq.y, rq == rp);

	ca := chan[1] of array of int;
	arr := array[] of {7, 8, 9};
	ca <-= arr;
	arr[0] = 70;
	ra := <-ca;
	sys->print("array %d %d\n", ra[0], len ra);

	cl := chan[1] of list of string;
	cl <-= "a" :: "b" :: nil;
	rl := <-cl;
	sys->print("list %d %s\n", len rl, hd tl rl);

	cc := chan[1] of chan of int;
	inner := chan[1] of int;
	cc <-= inner;
	got := <-cc;
	got <-= 42;
	sys->print("chan of chan %d same %d\n", <-inner, got == inner);

	cf := chan[1] of ref fn(x: int): int;
	cf <-= negate;
	f := <-cf;
	sys->print("fn ref %d\n", f(8));

	cm := chan[1] of Sys;
	cm <-= sys;
	s2 := <-cm;
	s2->print("module handle %d\n", s2 == sys);

	crec := chan of Rec;
	spawn sendrec(crec);
	r := <-crec;
	sys->print("rec %s %bd %g %d %d %d\n", r.s, r.b, r.r, len r.l, hd r.l, r.p.y);
	r2 := <-crec;
	sys->print("rec %s %d %d\n", r2.s, len r2.l, r2.p.x);
}

negate(x: int): int
{
	return -x;
}

sendrec(c: chan of Rec)
{
	r := Rec("first", big 1 << 33, 2.5, 3 :: 2 :: 1 :: nil, Point(10, 20));
	c <-= r;
	r.s = "second";
	r.l = tl r.l;
	r.p.x = -1;
	c <-= r;
}
