implement Ps;

# ps: one line per process, its /prog/PID/status, in /prog's order.

include "sys.m";
	sys: Sys;
include "draw.m";

Ps: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);
	fd := sys->open("/prog", Sys->OREAD);
	if(fd == nil){
		sys->fprint(stderr, "ps: cannot open /prog: %r\n");
		raise "fail:no /prog";
	}
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n == 0)
			break;
		if(n < 0){
			sys->fprint(stderr, "ps: error reading /prog: %r\n");
			raise "fail:error on /prog";
		}
		for(i := 0; i < n; i++)
			status(d[i].name);
	}
}

# print pid's status line; a process that has gone is passed over
status(pid: string)
{
	fd := sys->open("/prog/" + pid + "/status", Sys->OREAD);
	if(fd == nil)
		return;
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return;
	sys->print("%s\n", string buf[0:n]);
}
