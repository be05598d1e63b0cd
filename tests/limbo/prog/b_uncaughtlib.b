# An exception raised in a loaded module (lib/bmod.m) and caught by
# nobody: it passes back through this module's frames, ends the
# program with status 1, and the Broken line names the module where it
# was raised.
implement BUncaughtlib;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lib/bmod.m";

BUncaughtlib: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := load BMod BMod->PATH;
	if(m == nil){
		sys->print("load: %r\n");
		raise "fail:load";
	}
	{
		m->fail("caught in lib");
	} exception e {
	"caught*" =>
		sys->print("%s\n", e);
	}
	call(m);
	sys->print("not reached\n");
}

call(m: BMod)
{
	sys->print("calling\n");
	m->fail("lib boom");
}
