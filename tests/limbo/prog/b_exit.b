# exit: a spawned thread's exit ends only that thread; exit deep in
# calls ends the main thread, and with it the program, normally
# (status 0) even inside blocks with * and "*" handlers, which do not
# catch it.
implement BExit;

include "sys.m";
	sys: Sys;
include "draw.m";

BExit: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn quitter(c);
	sys->print("quitter sent %d\n", <-c);
	sys->print("main continues\n");
	{
		{
			deeper(3);
		} exception {
		* =>
			sys->print("caught by * (wrong)\n");
		}
	} exception e {
	"*" =>
		sys->print("caught by \"*\" (wrong) %s\n", e);
	}
	sys->print("after exit (wrong)\n");
}

quitter(c: chan of int)
{
	sys->print("quitter running\n");
	c <-= 7;
	exit;
}

deeper(n: int)
{
	if(n == 0){
		sys->print("exiting\n");
		exit;
	}
	deeper(n-1);
	sys->print("returned (wrong)\n");
}
