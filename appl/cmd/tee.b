implement Tee;

# tee [-a] [file ...]: copy standard input to standard output and to
# each file.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";

Tee: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg := load Arg Arg->PATH;
	if(arg == nil){
		sys->fprint(stderr, "tee: cannot load %s: %r\n", Arg->PATH);
		raise "fail:bad module";
	}
	arg->init(argv);
	aflag := 0;
	while((c := arg->opt()) != 0){
		case c {
		'a' =>
			aflag = 1;
		* =>
			sys->fprint(stderr, "Usage: tee [-a] [file ...]\n");
			raise "fail:usage";
		}
	}
	names := "stdout" :: nil;
	fds := sys->fildes(1) :: nil;
	for(argv = arg->argv(); argv != nil; argv = tl argv){
		name := hd argv;
		fd := open(name, aflag);
		if(fd == nil){
			sys->fprint(stderr, "tee: cannot open %s: %r\n", name);
			raise "fail:error";
		}
		names = name :: names;
		fds = fd :: fds;
	}
	# the buffer starts small and doubles, up to Sys->ATOMICIO, when
	# a read fills it
	buf := array[512] of byte;
	while((n := sys->read(sys->fildes(0), buf, len buf)) > 0){
		nl := names;
		for(fl := fds; fl != nil; fl = tl fl){
			if(sys->write(hd fl, buf, n) != n){
				sys->fprint(stderr, "tee: error writing %s: %r\n", hd nl);
				raise "fail:error";
			}
			nl = tl nl;
		}
		# a full read: the data comes in big pieces, take bigger ones
		if(n == len buf && len buf < Sys->ATOMICIO)
			buf = array[2 * len buf] of byte;
	}
	if(n < 0){
		sys->fprint(stderr, "tee: read error: %r\n");
		raise "fail:error";
	}
}

# the file truncated (or created), or opened at its end for -a
open(name: string, append: int): ref Sys->FD
{
	if(append){
		fd := sys->open(name, Sys->OWRITE);
		if(fd != nil){
			sys->seek(fd, big 0, Sys->SEEKEND);
			return fd;
		}
	}
	return sys->create(name, Sys->OWRITE, 8r666);
}
