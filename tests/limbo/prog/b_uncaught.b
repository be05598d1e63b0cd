# An exception nobody catches ends the program: raised four calls
# deep, past a handler for other strings; what was printed before
# stays, nothing after it runs; the VM prints the Broken line and the
# kernel exits with status 1.
implement BUncaught;

include "sys.m";
	sys: Sys;
include "draw.m";

BUncaught: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("before\n");
	{
		a(3);
	} exception e {
	"other*" =>
		sys->print("wrong handler %s\n", e);
	}
	sys->print("after (not reached)\n");
}

a(n: int)
{
	sys->print("a %d\n", n);
	if(n == 0)
		raise "boom: " + string 42;
	a(n-1);
	sys->print("unwound (not reached)\n");
}
