implement Aargv;

# the argument list init receives: the program's path, then the words
# of NAME.args; walked with hd and tl, numbers among them converted

include "sys.m";
	sys: Sys;
include "draw.m";

Aargv: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%d %s\n", len argv, hd argv);
	argv = tl argv;
	sum := 0;
	words := "";
	for(i := 1; argv != nil; argv = tl argv){
		a := hd argv;
		if(len a > 0 && (a[0] >= '0' && a[0] <= '9' || a[0] == '-'))
			sum += int a;
		else
			words += a[0:1];
		sys->print("%d %q %d\n", i++, a, len a);
	}
	sys->print("sum %d words %s\n", sum, words);
}
