# load Mod "$self": a handle on the running instance, sharing its
# data (exported and private); calls of exported functions through
# it; loading the program's own file (hd argv) instead gives a fresh
# instance with its own data.
implement BModself;

include "sys.m";
	sys: Sys;
include "draw.m";

BModself: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
	inc:	fn(n: int): int;
	who:	fn(): string;
	total:	int;
};

name := "first";

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	me := load BModself "$self";
	if(me == nil){
		sys->print("$self: %r\n");
		raise "fail:load";
	}
	inc(2);
	sys->print("inc %d\n", me->inc(3));
	sys->print("total %d %d\n", total, me->total);
	me->total = 100;
	sys->print("total %d %d\n", total, me->total);
	total++;
	sys->print("total %d %d\n", total, me->total);
	name = "changed";
	sys->print("who %s\n", me->who());
	me2 := load BModself "$self";
	me2->inc(1);
	sys->print("me2 %d %s\n", total, me2->who());

	other := load BModself hd argv;
	if(other == nil){
		sys->print("load %s: %r\n", hd argv);
		raise "fail:load";
	}
	sys->print("other %d %s\n", other->total, other->who());
	other->inc(50);
	other->total += 1;
	sys->print("other %d, mine %d\n", other->total, total);
}

inc(n: int): int
{
	total += n;
	return total;
}

who(): string
{
	return name + " " + string total;
}
