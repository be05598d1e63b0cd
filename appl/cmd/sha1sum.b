implement SHA1sum;

# sha1sum [file ...]: the sha1 digest of each file (or of the standard
# input) in hex; the work is in the Sums library.

include "sys.m";
	sys: Sys;
include "draw.m";
include "sums.m";

SHA1sum: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	sums := load Sums Sums->PATH;
	if(sums == nil){
		sys->fprint(sys->fildes(2), "sha1sum: cannot load %s: %r\n", Sums->PATH);
		raise "fail:bad module";
	}
	if(argv != nil)
		argv = tl argv;
	if(sums->sum("sha1sum", "sha1", argv) > 0)
		raise "fail:error";
}
