# Function references across modules: to functions of a loaded module
# (m->f), to a built-in's function (sys->tokenize), a local function
# passed to the other module which calls back into this one (reading
# this module's data), and a reference the other module returns to its
# own function; references kept after the handle variable is reused.
implement BFnrefmod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lib/bmod.m";

BFnrefmod: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

offset := 0;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := load BMod BMod->PATH;
	if(m == nil){
		sys->print("load: %r\n");
		raise "fail:load";
	}
	sq: ref fn(x: int): int = m->square;
	ad: ref fn(a, b: int): int;
	ad = m->add;
	sys->print("sq %d ad %d\n", sq(12), ad(sq(2), 5));
	sys->print("apply local %d\n", m->apply(triple, 5));
	offset = 7;
	sys->print("apply local %d\n", m->apply(triple, 5));
	sys->print("apply remote %d\n", m->apply(sq, 3));
	g := m->getsq();
	sys->print("getsq %d\n", g(-9));
	sys->print("twice %d\n", twice(m->square, 3));

	bp: ref fn(n: int): int = m->bump;
	bp(4);
	bp(6);
	sys->print("bump via ref %d %d\n", m->count, len m->hist);
	m2 := load BMod BMod->PATH;
	m = m2;
	bp(1);
	sys->print("old instance kept %d, new %d\n", bp(0), m->count);

	tk: ref fn(s, delim: string): (int, list of string) = sys->tokenize;
	(n, l) := tk("a,b,,c", ",");
	sys->print("tokenize %d %s %s\n", n, hd l, hd tl tl l);
	dm: ref fn(a, b: int): (int, int) = m->divmod;
	(q, r) := dm(-20, 6);
	sys->print("divmod %d %d\n", q, r);
}

triple(x: int): int
{
	return 3*x + offset;
}

twice(f: ref fn(x: int): int, x: int): int
{
	return f(f(x));
}
