# Command-line arguments: argv holds the program's path as given to
# the kernel, then the arguments of b_argv.args in order; each walked
# with hd and tl and converted to int (saturating) and big.
implement BArgv;

include "sys.m";
	sys: Sys;
include "draw.m";

BArgv: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("argc %d\n", len argv);
	sys->print("path %s\n", hd argv);
	i := 0;
	bsum := big 0;
	for(l := tl argv; l != nil; l = tl l){
		i++;
		sys->print("arg %d: %s (%d chars) %d %bd\n", i, hd l, len hd l, int hd l, big hd l);
		bsum += big hd l;
	}
	sys->print("big sum %bd\n", bsum);
	args := tl argv;
	sys->print("last %s\n", hd tl tl tl tl tl args);
}
