implement Sync;

# sync: make what has been written to the disks stable: every FAT
# volume of #F (or the named ones) writes its pending metadata and
# free count and has its disk flush its cache.

include "sys.m";
	sys: Sys;
include "draw.m";

Sync: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

CTL: con "#F/ctl";

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	if(argv != nil)
		argv = tl argv;
	fd := sys->open(CTL, Sys->OWRITE);
	if(fd == nil){
		# a kernel without #F has nothing to sync
		(ok, nil) := sys->stat("#F");
		if(ok < 0 && argv == nil)
			return;
		sys->fprint(sys->fildes(2), "sync: cannot open %s: %r\n", CTL);
		raise "fail:error";
	}
	if(argv == nil)
		argv = "" :: nil;
	err := 0;
	for(; argv != nil; argv = tl argv){
		msg := "sync";
		if(hd argv != "")
			msg += " " + hd argv;
		b := array of byte msg;
		if(sys->write(fd, b, len b) != len b){
			sys->fprint(sys->fildes(2), "sync: %s: %r\n", msg);
			err = 1;
		}
	}
	if(err)
		raise "fail:error";
}
