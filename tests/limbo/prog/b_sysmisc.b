# Sys calls whose results do not depend on timing: pctl's pid (stable,
# the same after NEWPGRP, different in a spawned thread), NEWFD keeping
# only listed descriptors, sleep's result and that time passes, fildes
# of a closed number, pipe both ways, dup onto a chosen number,
# werrstr and %r (each thread has its own error string).
implement BSysmisc;

include "sys.m";
	sys: Sys;
include "draw.m";

BSysmisc: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pid := sys->pctl(0, nil);
	sys->print("pid stable %d positive %d\n", sys->pctl(0, nil) == pid, pid > 0);
	sys->print("newpgrp same %d\n", sys->pctl(Sys->NEWPGRP, nil) == pid);
	c := chan of int;
	spawn child(c);
	sys->print("child pid differs %d\n", <-c != pid);

	sys->print("sleep %d %d\n", sys->sleep(0), sys->sleep(5));
	t0 := sys->millisec();
	sys->sleep(50);
	t1 := sys->millisec();
	sys->print("time passes %d\n", t1 - t0 >= 40);

	sys->print("fildes 40 nil %d\n", sys->fildes(40) == nil);
	fds := array[2] of ref Sys->FD;
	sys->print("pipe %d\n", sys->pipe(fds));
	sys->print("write %d", sys->write(fds[0], array of byte "ping", 4));
	buf := array[16] of byte;
	n := sys->read(fds[1], buf, len buf);
	sys->print(" read %d %s\n", n, string buf[0:n]);
	sys->write(fds[1], array of byte "pong!", 5);
	n = sys->read(fds[0], buf, len buf);
	sys->print("back %d %s\n", n, string buf[0:n]);
	sys->print("dup %d\n", sys->dup(fds[0].fd, 9));
	sys->fprint(sys->fildes(9), "via %d", 9);
	n = sys->read(fds[1], buf, len buf);
	sys->print("read %s\n", string buf[0:n]);

	sys->werrstr("main's error");
	spawn errchild(c);
	<-c;
	sys->print("main %r\n");

	sys->pctl(Sys->NEWFD, 1 :: nil);
	sys->print("newfd: 0 %d 1 %d 2 %d 9 %d\n", sys->fildes(0) == nil, sys->fildes(1) == nil,
		sys->fildes(2) == nil, sys->fildes(9) == nil);
}

child(c: chan of int)
{
	c <-= sys->pctl(0, nil);
}

errchild(c: chan of int)
{
	sys->werrstr("child's error");
	sys->print("child %r\n");
	c <-= 1;
}
