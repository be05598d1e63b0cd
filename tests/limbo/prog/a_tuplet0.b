# A tuple's members are named t0, t1, ...: read from a call's result,
# from a variable, and assigned through
implement ATuplet0;

include "sys.m";
	sys: Sys;
include "draw.m";

ATuplet0: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := sys->stat("/nonexistent").t0;
	t := (1, "x");
	sys->print("ok %d %d %s\n", r, t.t0, t.t1);
	t.t0 = 7;
	t.t1 += "y";
	(a, b) := t;
	sys->print("%d %s\n", a, b);
}
