# Dropping the last reference to an array of FDs closes them at once:
# the pipe built by array[2] of ref Sys->FD is held by nothing else, so
# once the writer ends its reader sees end of file.
implement BPipeclose;
include "sys.m"; sys: Sys;
include "draw.m";
BPipeclose: module { init: fn(ctxt: ref Draw->Context, argv: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	buf := array[100] of byte;
	p := array[2] of ref Sys->FD;
	sys->pipe(p);
	wr := p[0];
	rd := p[1];
	p = nil;
	c := chan of int;
	spawn writer(wr, c);
	<-c;
	wr = nil;
	while((n := sys->read(rd, buf, len buf)) > 0)
		sys->print("got %d\n", n);
	sys->print("eof %d\n", n);
}
writer(fd: ref Sys->FD, c: chan of int)
{
	sys->pctl(Sys->NEWFD, fd.fd :: 2 :: nil);
	c <-= 1;
	sys->dup(fd.fd, 1);
	fd = nil;
	sys->print("hello\n");
}
