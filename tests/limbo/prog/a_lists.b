implement Alists;

# lists of ints: ::, hd, tl, len, list of {...}, sharing of tails,
# recursion over lists, identity comparison, hd and tl of nil

include "sys.m";
	sys: Sys;
include "draw.m";

Alists: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

show(l: list of int): string
{
	s := "(";
	for(; l != nil; l = tl l){
		s += string hd l;
		if(tl l != nil)
			s += " ";
	}
	return s + ")";
}

rev(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

append(l: list of int, v: int): list of int
{
	if(l == nil)
		return v :: nil;
	return hd l :: append(tl l, v);
}

sum(l: list of int): int
{
	if(l == nil)
		return 0;
	return hd l + sum(tl l);
}

evens(l: list of int): list of int
{
	if(l == nil)
		return nil;
	if(hd l % 2 == 0)
		return hd l :: evens(tl l);
	return evens(tl l);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	l := 1 :: 2 :: 3 :: nil;
	sys->print("%d %d %d %d %d\n", len l, hd l, hd tl l, hd tl tl l, tl tl tl l == nil);
	l2 := 0 :: l;
	sys->print("%s %s %d %d\n", show(l2), show(l), len l2, tl l2 == l);
	l3 := list of {4, 5, 6};
	sys->print("%s %s\n", show(l3), show(rev(l3)));
	sys->print("%s %d\n", show(append(l, 4)), sum(append(l, 4)));
	sys->print("%s\n", show(evens(list of {1, 2, 3, 4, 5, 6, 8})));
	sys->print("%s\n", show(1 + 2 :: 4 * 5 :: nil));

	e: list of int;
	sys->print("%d %d %s\n", len e, e == nil, show(e));
	sys->print("%d %d\n", l == l, (1 :: nil) == (1 :: nil));

	# build 10 down to 1, count and sum it
	c: list of int;
	for(i := 1; i <= 10; i++)
		c = i :: c;
	sys->print("%d %d %d\n", len c, hd c, sum(c));

	{
		x := hd e;
		sys->print("no error %d\n", x);
	} exception ex {
	"*" =>
		sys->print("hd nil: %s\n", ex);
	}
	{
		t := tl e;
		sys->print("no error %d\n", len t);
	} exception ex {
	"*" =>
		sys->print("tl nil: %s\n", ex);
	}
}
