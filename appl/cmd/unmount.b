implement Unmount;

# unmount [source] target: take everything (or only source) off
# target. Its status is empty even when it fails, as on Inferno.

include "sys.m";
	sys: Sys;
include "draw.m";

Unmount: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	if(argv != nil)
		argv = tl argv;
	r: int;
	case len argv {
	1 =>
		r = sys->unmount(nil, hd argv);
	2 =>
		r = sys->unmount(hd argv, hd tl argv);
	* =>
		sys->fprint(sys->fildes(2), "Usage: unmount [source] target\n");
		return;
	}
	if(r < 0)
		sys->fprint(sys->fildes(2), "unmount: %r\n");
}
