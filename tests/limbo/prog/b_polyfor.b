# A polymorphic adt with a constraint (for { T => lt: ... }): its
# member function calls T.lt, bound to the member function of the adt
# T is instantiated with (ref Num, ref Word).
implement BPolyfor;

include "sys.m";
	sys: Sys;
include "draw.m";

BPolyfor: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Sorted: adt[T]
	for {
	T =>
		lt:	fn(a, b: T): int;
	}
{
	items:	list of T;
	n:	int;

	insert:	fn(s: self ref Sorted[T], x: T);
};

Num: adt {
	v:	int;

	lt:	fn(a, b: ref Num): int;
};

Word: adt {
	s:	string;

	lt:	fn(a, b: ref Word): int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sn := ref Sorted[ref Num](nil, 0);
	vals := array[] of {5, -3, 9, 0, 5, 12, -7};
	for(i := 0; i < len vals; i++)
		sn.insert(ref Num(vals[i]));
	out := "";
	for(l := sn.items; l != nil; l = tl l)
		out += " " + string (hd l).v;
	sys->print("nums %d:%s\n", sn.n, out);

	sw := ref Sorted[ref Word](nil, 0);
	for(wl := "pear" :: "fig" :: "apple" :: "kiwi" :: "banana" :: "date" :: nil; wl != nil; wl = tl wl)
		sw.insert(ref Word(hd wl));
	out = "";
	for(m := sw.items; m != nil; m = tl m)
		out += " " + (hd m).s;
	sys->print("words %d:%s\n", sw.n, out);
}

# keeps items ascending by T.lt; an equal item goes after those present
Sorted[T].insert(s: self ref Sorted[T], x: T)
{
	r: list of T;
	l := s.items;
	while(l != nil && !T.lt(x, hd l)){
		r = hd l :: r;
		l = tl l;
	}
	l = x :: l;
	for(; r != nil; r = tl r)
		l = hd r :: l;
	s.items = l;
	s.n++;
}

Num.lt(a, b: ref Num): int
{
	return a.v < b.v;
}

# shorter words first, then alphabetical
Word.lt(a, b: ref Word): int
{
	if(len a.s != len b.s)
		return len a.s < len b.s;
	return a.s < b.s;
}
