# Loading a library module (lib/bmod.m, /dis/lib/bmod.dis): calling
# its functions, reading and writing its exported data through the
# handle, two loads giving two instances with separate data (its
# private array too), copies of a handle naming one instance, its adt
# and constants, and members imported for unqualified use (calls of
# imported functions and of the adt's member functions go through the
# handle variable named in the import, whatever it holds at the time).
implement BModload;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lib/bmod.m";
	bmod: BMod;
	add, square, Pair: import bmod;

BModload: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m1 := load BMod BMod->PATH;
	if(m1 == nil){
		sys->print("load: %r\n");
		raise "fail:load";
	}
	bmod = m1;
	sys->print("add %d square %d\n", m1->add(2, 3), m1->square(-7));
	(q, r) := m1->divmod(47, 6);
	sys->print("divmod %d %d\n", q, r);
	sys->print("m1 count %d label '%s' hist %d\n", m1->count, m1->label, len m1->hist);
	m1->label = "one";
	m1->count = 10;
	sys->print("bump %d\n", m1->bump(5));
	sys->print("m1 count %d hist %d describe %s\n", m1->count, hd m1->hist, m1->describe());

	m2 := load BMod BMod->PATH;
	sys->print("m2 count %d label '%s' describe %s\n", m2->count, m2->label, m2->describe());
	m2->bump(3);
	m2->bump(4);
	sys->print("counts %d %d\n", m1->count, m2->count);
	sys->print("m2 hist %d %d len %d\n", hd m2->hist, hd tl m2->hist, len m2->hist);
	m1->tabset(1, 99);
	sys->print("tab %d %d %d\n", m1->tabget(1), m2->tabget(1), m2->tabget(2));
	m2->label = m1->label + "+two";
	m1->label = "uno";
	sys->print("labels %s %s\n", m1->label, m2->label);

	m3 := m1;
	m3->bump(1);
	m3->count *= 2;
	sys->print("same %d %d count %d\n", m1 == m3, m1 == m2, m1->count);
	m1->hist = nil;
	m1->bump(2);
	sys->print("hist %d %d\n", len m1->hist, hd m1->hist);

	p := BMod->Pair(3, 4);
	rp := m1->mkpair(1, 2);
	rp.swap();
	sys->print("pair %d %d %d %d\n", p.sum(), rp.a, rp.b, BMod->Pair.sum(*rp));
	sys->print("scale %d %d\n", BMod->Scale, m2->Scale + 1);

	bmod = m2;
	pp := Pair(add(1, 2), square(3));
	sys->print("imported %d %d %d\n", pp.a, pp.b, pp.sum());
	sys->print("final %s %s\n", m1->describe(), bmod->describe());
}
