implement Alennil;

# nil values: len of nil strings, arrays and lists is 0; nil compares
# equal to nil (and a nil string to ""); nil in fields, elements,
# tuples, results; references set back to nil

include "sys.m";
	sys: Sys;
include "draw.m";

Alennil: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

Holder: adt {
	s:	string;
	a:	array of int;
	l:	list of int;
	p:	ref Point;
};

noarray(): array of byte
{
	return nil;
}

nolist(): list of string
{
	return nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s: string;
	a: array of int;
	l: list of string;
	sys->print("%d %d %d\n", len s, len a, len l);
	sys->print("%d %d %d %d\n", s == nil, s == "", a == nil, l == nil);
	sys->print("%d %d %d\n", len "", len noarray(), len nolist());
	sys->print("%d %d\n", noarray() == nil, nolist() == nil);

	s = "x";
	a = array[3] of int;
	l = "y" :: nil;
	sys->print("%d %d %d\n", len s, len a, len l);
	s = nil;
	a = nil;
	l = tl l;
	sys->print("%d %d %d %d\n", len s, len a, len l, l == nil);

	t := s + s;
	sys->print("%d %d [%s]\n", len t, t == nil, t);
	n := 0;
	for(p := l; p != nil; p = tl p)
		n++;
	sys->print("%d\n", n);

	h := Holder(nil, nil, nil, nil);
	sys->print("%d %d %d %d\n", len h.s, len h.a, len h.l, h.p == nil);
	hs := array[2] of Holder;
	sys->print("%d %d\n", len hs[1].s + len hs[1].a + len hs[1].l, hs[0].p == nil);
	tup: (string, array of int) = (nil, nil);
	(ts, ta) := tup;
	sys->print("%d %d\n", len ts + len ta, ta == nil);
	strs := array[2] of string;
	sys->print("%d %d\n", len strs[0], strs[1] == "");

	r := ref Point(1, 2);
	r2 := r;
	r = nil;
	sys->print("%d %d %d\n", r == nil, r2 == nil, r2.x);
	m: Sys;
	c: chan of int;
	sys->print("%d %d %d\n", m == nil, c == nil, sys == nil);
}
