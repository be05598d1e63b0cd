implement Cat;

# cat [file ...]: copy the files (standard input if none, or for "-")
# to standard output.

include "sys.m";
	sys: Sys;
include "draw.m";

Cat: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stdout: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stdout = sys->fildes(1);
	if(argv != nil)
		argv = tl argv;
	if(argv == nil)
		argv = "-" :: nil;
	for(; argv != nil; argv = tl argv){
		name := hd argv;
		if(name == "-"){
			copy(sys->fildes(0), "<stdin>");
			continue;
		}
		fd := sys->open(name, Sys->OREAD);
		if(fd == nil){
			sys->fprint(sys->fildes(2), "cat: cannot open %s: %r\n", name);
			raise "fail:bad open";
		}
		copy(fd, name);
	}
}

# copy fd to standard output until end of file; any error ends cat.
# The buffer starts small (a console's line, a short file) and doubles,
# up to Sys->ATOMICIO, each time a read fills it.
copy(fd: ref Sys->FD, name: string)
{
	buf := array[512] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0){
		if(sys->write(stdout, buf, n) != n){
			sys->fprint(sys->fildes(2), "cat: write error: %r\n");
			raise "fail:write error";
		}
		if(n == len buf && len buf < Sys->ATOMICIO)
			buf = array[2 * len buf] of byte;
	}
	if(n < 0){
		sys->fprint(sys->fildes(2), "cat: error reading %s: %r\n", name);
		raise "fail:read error";
	}
}
