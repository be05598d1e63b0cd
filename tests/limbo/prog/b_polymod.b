# Polymorphic code in another module (lib/polylib.b): a constrained
# function called through the module handle and a member function of
# the module's constrained adt, both calling back the member functions
# of this module's adts.
implement BPolymod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lib/polylib.m";
	pl: PolyLib;
	Bag: import pl;

BPolymod: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
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
	pl = load PolyLib PolyLib->PATH;
	if(pl == nil){
		sys->print("load: %r\n");
		raise "fail:load";
	}
	sys->print("min %d\n", pl->min(ref Num(4) :: ref Num(2) :: ref Num(3) :: nil).v);
	sys->print("min %s\n", pl->min(ref Word("kiwi") :: ref Word("fig") :: nil).s);
	b := ref Bag[ref Num](ref Num(5) :: ref Num(1) :: ref Num(8) :: nil);
	sys->print("least %d\n", b.least().v);
	w := ref Bag[ref Word](ref Word("pear") :: ref Word("apple") :: nil);
	sys->print("least %s\n", w.least().s);
}

Num.lt(a, b: ref Num): int
{
	return a.v < b.v;
}

Word.lt(a, b: ref Word): int
{
	return a.s < b.s;
}
