implement Styxrtt;

# styxrtt FILE N: N one-byte reads at offset 0 of FILE (on a mounted
# Styx server, one Tread and Rread each), then N stats of it; prints
# "reads R/s stats S/s". For tests/bench/styx.sh.

include "sys.m";
	sys: Sys;
include "draw.m";

Styxrtt: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	if(len argv != 3){
		sys->fprint(sys->fildes(2), "usage: styxrtt file n\n");
		raise "fail:usage";
	}
	file := hd tl argv;
	n := int hd tl tl argv;
	fd := sys->open(file, Sys->OREAD);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "styxrtt: %s: %r\n", file);
		raise "fail:open";
	}
	buf := array[1] of byte;
	t0 := sys->millisec();
	for(i := 0; i < n; i++)
		if(sys->pread(fd, buf, 1, big 0) != 1){
			sys->fprint(sys->fildes(2), "styxrtt: read: %r\n");
			raise "fail:read";
		}
	t1 := sys->millisec();
	for(i = 0; i < n; i++)
		sys->fstat(fd);
	t2 := sys->millisec();
	sys->print("reads %d/s stats %d/s\n", rate(n, t1-t0), rate(n, t2-t1));
}

rate(n, ms: int): int
{
	if(ms <= 0)
		ms = 1;
	return int (big n * big 1000 / big ms);
}
