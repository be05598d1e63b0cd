implement Export;

# export [-a] dir [file]: serve the name space below dir as a Styx
# (9P) server on file, opened read/write, or on the standard input.
# Returns when the client hangs up; -a serves from kernel processes
# and returns at once. Hand-parsed, as on Inferno.

include "sys.m";
	sys: Sys;
include "draw.m";

Export: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	if(argv != nil)
		argv = tl argv;
	flag := Sys->EXPWAIT;
	if(argv != nil && hd argv == "-a"){
		flag = Sys->EXPASYNC;
		argv = tl argv;
	}
	if(argv == nil || len argv > 2 || (hd argv != nil && (hd argv)[0] == '-'))
		usage();
	dir := hd argv;
	fd: ref Sys->FD;
	if(tl argv != nil){
		file := hd tl argv;
		fd = sys->open(file, Sys->ORDWR);
		if(fd == nil){
			sys->fprint(stderr, "export: can't open %s: %r\n", file);
			raise "fail:open";
		}
	}else
		fd = sys->fildes(0);
	if(sys->export(fd, dir, flag) < 0){
		sys->fprint(stderr, "export: can't export: %r\n");
		raise "fail:export";
	}
}

usage()
{
	sys->fprint(stderr, "Usage: export [-a] dir [connection]\n");
	raise "fail:usage";
}
