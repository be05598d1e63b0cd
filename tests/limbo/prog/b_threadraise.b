# An exception that ends a spawned thread does not touch the spawner:
# the thread's Broken line is printed, its exit message reaches the
# parent's /prog/N/wait (read here to know it has ended), and the main
# thread goes on to a normal exit (status 0). A thread that catches its
# own exception exits normally.
implement BThreadraise;

include "sys.m";
	sys: Sys;
include "draw.m";

BThreadraise: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pid := sys->pctl(0, nil);
	wfd := sys->open("/prog/" + string pid + "/wait", Sys->OREAD);
	if(wfd == nil){
		sys->print("open wait: %r\n");
		raise "fail:wait";
	}
	c := chan of int;
	spawn dies(c);
	cpid := <-c;
	sys->print("child differs %d\n", cpid != pid);
	sys->print("wait: %s\n", waitmsg(wfd, cpid));

	spawn survives(c);
	cpid = <-c;
	sys->print("survivor says %d\n", <-c);
	sys->print("wait: %s\n", waitmsg(wfd, cpid));
	{
		raise "main's own";
	} exception e {
	"main*" =>
		sys->print("main caught %s\n", e);
	}
	sys->print("main done\n");
}

# the next exit message with the child's pid checked and left out
waitmsg(fd: ref Sys->FD, cpid: int): string
{
	buf := array[Sys->WAITLEN] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return sys->sprint("read %d: %r", n);
	msg := string buf[0:n];
	p := string cpid + " ";
	if(len msg < len p || msg[0:len p] != p)
		return "wrong pid in " + msg;
	return msg[len p:];
}

dies(c: chan of int)
{
	c <-= sys->pctl(0, nil);
	a := array[2] of int;
	a[0] = 1;
	raise "thread boom";
}

survives(c: chan of int)
{
	c <-= sys->pctl(0, nil);
	{
		raise "inner";
	} exception e {
	"inner" =>
		c <-= len e;
	}
}
