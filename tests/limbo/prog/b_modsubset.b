# Loading with interfaces written inline: a subset of the library's
# functions links; a wrong signature, a missing function (both used,
# so that they are in the import lists), a missing file and an unknown
# built-in give nil with the reason in %r; calling through a nil
# handle raises "module not loaded".
implement BModsubset;

include "sys.m";
	sys: Sys;
include "draw.m";

BModsubset: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Sub: module
{
	PATH:	con "/dis/lib/bmod.dis";

	square:	fn(x: int): int;
	add:	fn(a, b: int): int;
};

Bad: module
{
	square:	fn(x: big): big;
};

Missing: module
{
	nosuch:	fn();
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := load Sub Sub->PATH;
	if(s == nil)
		sys->print("sub: %r\n");
	else
		sys->print("sub %d %d\n", s->square(5), s->add(-1, -2));
	b := load Bad Sub->PATH;
	if(b == nil)
		sys->print("bad: %r\n");
	else
		sys->print("bad loaded (wrong) %bd\n", b->square(big 3));
	m := load Missing Sub->PATH;
	if(m == nil)
		sys->print("missing: %r\n");
	else
		m->nosuch();
	nx := load Sub "/dis/lib/nonexistent.dis";
	if(nx == nil)
		sys->print("nonexistent: %r\n");
	nb := load Sub "$Nosuch";
	if(nb == nil)
		sys->print("builtin: %r\n");
	{
		sys->print("call %d\n", nx->square(2));
	} exception e {
	"*" =>
		sys->print("exception: %s\n", e);
	}
	sys->print("done\n");
}
