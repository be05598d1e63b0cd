# Exceptions across module boundaries (lib/bmod.m): a string raised in
# the library; the library's declared exception caught by name in its
# direct caller here, with its values, and seen as its identity name
# BMod.1.Oops one call further up; machine exceptions inside the
# library; exceptions raised by this module's function called back
# from the library, a declared one arriving as BExcmod.0.Cb.
implement BExcmod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lib/bmod.m";
	bmod: BMod;
	Oops: import bmod;

BExcmod: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Cb: exception(int, int);

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bmod = load BMod BMod->PATH;
	if(bmod == nil){
		sys->print("load: %r\n");
		raise "fail:load";
	}
	{
		bmod->fail("lib: failed");
	} exception e {
	"lib:*" =>
		sys->print("string %s\n", e);
	}
	{
		bmod->oops(3);
	} exception e {
	Oops =>
		(n, s) := e;
		sys->print("typed %d %s\n", n, s);
	}
	{
		bmod->oops(4);
	} exception e {
	BMod->Oops =>
		(n, s) := e;
		sys->print("qualified %d %s\n", n, s);
	}
	{
		helper(5);
	} exception e {
	Oops =>
		sys->print("typed two up (wrong)\n");
	"BMod.*" =>
		sys->print("two up %s\n", e);
	}
	bmod->oops(0);
	sys->print("oops 0 raised nothing\n");
	{
		bmod->tabget(10);
	} exception e {
	"*" =>
		sys->print("in lib: %s\n", e);
	}
	{
		bmod->divmod(1, 0);
	} exception e {
	"*" =>
		sys->print("in lib: %s\n", e);
	}
	{
		bmod->apply(boom, 1);
	} exception e {
	"*" =>
		sys->print("callback: %s\n", e);
	}
	{
		bmod->apply(typedboom, 2);
	} exception e {
	Cb =>
		sys->print("callback typed (wrong)\n");
	"*" =>
		sys->print("callback: %s\n", e);
	}
	sys->print("apply still works %d\n", bmod->apply(boom, 0));
}

helper(n: int)
{
	bmod->oops(n);
}

boom(x: int): int
{
	if(x > 0)
		raise "boom " + string x;
	return 7;
}

typedboom(x: int): int
{
	if(x > 0)
		raise Cb(x, -x);
	return 0;
}
