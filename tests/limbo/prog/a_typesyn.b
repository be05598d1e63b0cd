implement Atypesyn;

# type synonyms: of basic types, lists, refs, tuples, nested arrays,
# another synonym, a module's adt; used in declarations, parameters,
# results and casts, and interchangeable with what they name

include "sys.m";
	sys: Sys;
include "draw.m";

Atypesyn: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Int: type int;
Int2: type Int;
Name: type string;
Names: type list of string;
Pt: adt {
	x, y:	int;
};
PtRef: type ref Pt;
Pair: type (int, string);
Matrix: type array of array of real;
Fd: type ref Sys->FD;

twice(x: Int): Int2
{
	return x * 2;
}

mkpair(n: int, s: Name): Pair
{
	return (n, s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	i: Int = 5;
	j := 3;
	k: Int2 = i + j;
	sys->print("%d %d %d\n", k, twice(k), Int "42" + Int 1.6);

	n: Name = "syn";
	s: string = n + "onym";
	sys->print("%s %d\n", s, len s);
	l: Names = "a" :: "b" :: nil;
	l2: list of string = l;
	sys->print("%d %s\n", len l2, hd tl l);

	p: PtRef = ref Pt(1, 2);
	q: ref Pt = p;
	q.x = 10;
	sys->print("%d %d\n", p.x, p == q);

	pr := mkpair(7, "seven");
	(a, b) := pr;
	pr2: (int, string) = pr;
	(c, nil) := pr2;
	sys->print("%d %s %d\n", a, b, c);

	m: Matrix = array[2] of array of real;
	m[0] = array[] of {1.5, 2.5};
	m[1] = m[0][1:];
	sys->print("%g %d\n", m[0][1] + m[1][0], len m[1]);

	Local: type big;
	bg: Local = big 1 << 33;
	sys->print("%bd\n", bg + Local 1);

	out: Fd = sys->fildes(1);
	sys->fprint(out, "fd %d\n", out.fd);
}
