# alt with send arms: a thread waiting to receive on exactly one of
# two channels, filling a buffered channel until the * arm says it is
# full, send and receive arms mixed with one of them ready, and a
# non-blocking alt where neither can proceed.
implement BAltsend;

include "sys.m";
	sys: Sys;
include "draw.m";

BAltsend: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := chan of int;
	y := chan of int;
	res := chan of string;
	spawn recvone(y, res);
	alt {
	x <-= 1 =>
		sys->print("sent x\n");
	y <-= 2 =>
		sys->print("sent y\n");
	}
	sys->print("%s\n", <-res);

	c := chan[2] of int;
	n := 0;
fill:	for(;;){
		alt {
		c <-= n * 10 =>
			n++;
		* =>
			break fill;
		}
	}
	c0 := <-c;
	sys->print("filled %d: %d %d\n", n, c0, <-c);

	in := chan[1] of int;
	out := chan[1] of int;
	alt {
	v := <-in =>
		sys->print("received %d\n", v);
	out <-= square(3) =>
		sys->print("sent square\n");
	}
	in <-= 4;
	alt {
	v := <-in =>
		sys->print("received %d\n", v);
	out <-= 10 =>
		sys->print("sent 10\n");
	}
	alt {
	v := <-in =>
		sys->print("received %d\n", v);
	out <-= 10 =>
		sys->print("sent 10\n");
	* =>
		sys->print("neither\n");
	}
	sys->print("out holds %d\n", <-out);
}

recvone(c: chan of int, res: chan of string)
{
	v := <-c;
	res <-= "received " + string v;
}

square(v: int): int
{
	return v * v;
}
