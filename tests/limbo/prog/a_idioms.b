implement AIdioms;

# Idioms of Inferno's own sources: a name declared in an if without
# braces lives on after it; an adt imported from a handle held in a
# local variable; a global initialised from an adt constant with nil
# fields; ref Adt with no values (zeroed); a function name stored in a
# variable and called through it; (x) := e of one value; %bud.

include "sys.m";
	sys: Sys;
include "draw.m";
include "lib/bmod.m";

AIdioms: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

P: adt {
	s:	string;
	n:	int;
	l:	list of int;
};

K: con P(nil, 7, nil);
g := K;
d := Sys->nulldir;

twice(x: int): int
{
	return 2*x;
}

pick1(c: int): string
{
	if(c)
		u := "yes";
	else
		u = "no";
	return u;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s %s\n", pick1(1), pick1(0));
	sys->print("g '%s' %d %d\n", g.s, g.n, len g.l);
	sys->print("nulldir %d %bd\n", d.mode, d.length);

	p := ref P;
	sys->print("ref P '%s' %d %d\n", p.s, p.n, p.l == nil);

	f := twice;
	sys->print("f %d %d\n", f(21), f(f(1)));

	(x) := 5;
	sys->print("x %d\n", x);

	m := load BMod BMod->PATH;
	Pair: import m;
	q := Pair(3, 4);
	sys->print("pair %d\n", q.sum());

	# unsigned big formats, as ls -l writes lengths
	sys->print("%bud %.4bux %bud\n", big 24, big 255, big -1);
}
