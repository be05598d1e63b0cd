implement Fakesh;

# fakesh: a stand-in for /dis/sh.dis in tests/boot/host.sh, so that
# init(8) and the console's ^C are tested whatever the real shell
# does. It says how it was started, then reads console lines:
#	exit	ends it
#	halt	writes halt to /dev/sysctl
#	sleep	runs a sleeping process in a group of its own, as the
#		shell's foreground command, with ^C pointed at the group
#		(intr N in /dev/consctl), and prints its exit record
#	tmp	says whether a file can be made in /tmp, and its device
#	other lines are printed back after "got ".

include "sys.m";
	sys: Sys;
include "draw.m";

Fakesh: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	s := "";
	for(; argv != nil; argv = tl argv)
		s += " " + hd argv;
	sys->print("fakesh:%s\n", s);
	buf := array[256] of byte;
	for(;;){
		n := sys->read(sys->fildes(0), buf, len buf);
		if(n <= 0)
			break;
		line := string buf[0:n];
		case line {
		"exit\n" =>
			return;
		"halt\n" =>
			fd := sys->open("/dev/sysctl", Sys->OWRITE);
			sys->fprint(fd, "halt");
			sys->print("halt failed: %r\n");
		"sleep\n" =>
			sleep();
		"tmp\n" =>
			fd := sys->create("/tmp/fakesh", Sys->OWRITE, 8r666);
			(nil, d) := sys->stat("/tmp");
			sys->print("tmp: create %d, device %c\n", fd != nil, d.dtype);
			sys->remove("/tmp/fakesh");
		* =>
			sys->print("got %s", line);
		}
	}
}

sleep()
{
	wait := sys->open(sys->sprint("/prog/%d/wait", sys->pctl(0, nil)), Sys->OREAD);
	pidc := chan of int;
	spawn sleeper(pidc);
	pid := <-pidc;
	ctl := sys->open("/dev/consctl", Sys->OWRITE);
	sys->fprint(ctl, "intr %d", pid);
	sys->print("sleeping\n");
	buf := array[128] of byte;
	n := sys->read(wait, buf, len buf);
	sys->fprint(ctl, "intr 0");
	if(n > 0)
		sys->print("ended: %s\n", string buf[0:n]);
}

sleeper(pidc: chan of int)
{
	pidc <-= sys->pctl(Sys->NEWPGRP, nil);
	sys->sleep(100000);
}
