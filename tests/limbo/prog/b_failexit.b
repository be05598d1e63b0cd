# raise "fail:..." uncaught: the program ends at once, with no Broken
# line (a fail: exception is a deliberate error exit) but a failed
# status, 1.
implement BFailexit;

include "sys.m";
	sys: Sys;
include "draw.m";

BFailexit: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("args %d\n", len argv);
	usage();
	sys->print("not reached\n");
}

usage()
{
	sys->print("usage: b_failexit\n");
	raise "fail:usage";
}
