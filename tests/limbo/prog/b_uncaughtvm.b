# A machine exception nobody catches: an index past the end of an
# array inside a loop ends the program with status 1 and the Broken
# line naming the module and "array bounds error".
implement BUncaughtvm;

include "sys.m";
	sys: Sys;
include "draw.m";

BUncaughtvm: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {10, 20, 30};
	s := 0;
	for(i := 0; i <= len a; i++){
		s += a[i];
		sys->print("sum %d\n", s);
	}
	sys->print("not reached\n");
}
