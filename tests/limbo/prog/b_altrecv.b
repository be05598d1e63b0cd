# alt with receive arms (with and without a variable, into a tuple,
# from an array element) where exactly one channel is ready; the *
# arm when nothing is ready; an alt in a loop over a producer thread
# that sends on one channel at a time; labelled break out of the loop.
implement BAltrecv;

include "sys.m";
	sys: Sys;
include "draw.m";

BAltrecv: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan[1] of int;
	b := chan[1] of string;
	b <-= "hello";
	alt {
	v := <-a =>
		sys->print("a %d\n", v);
	s := <-b =>
		sys->print("b %s\n", s);
	}
	a <-= 5;
	alt {
	v := <-a =>
		sys->print("a %d\n", v);
	s := <-b =>
		sys->print("b %s\n", s);
	}
	alt {
	v := <-a =>
		sys->print("a %d\n", v);
	* =>
		sys->print("nothing ready\n");
	}
	a <-= 6;
	alt {
	<-a =>
		sys->print("a, value dropped\n");
	* =>
		sys->print("nothing ready\n");
	}

	e := chan[1] of (int, string);
	e <-= (3, "three");
	alt {
	(n, s) := <-e =>
		sys->print("tuple %d %s\n", n, s);
	<-a =>
		sys->print("a\n");
	}

	cs := array[3] of chan of int;
	for(i := 0; i < len cs; i++)
		cs[i] = chan[1] of int;
	cs[1] <-= 11;
	alt {
	x := <-cs[0] =>
		sys->print("cs0 %d\n", x);
	x := <-cs[1] =>
		sys->print("cs1 %d\n", x);
	x := <-cs[2] =>
		sys->print("cs2 %d\n", x);
	}

	data := chan of int;
	quit := chan of string;
	spawn producer(data, quit);
	sum := 0;
	count := 0;
loop:	for(;;){
		alt {
		v := <-data =>
			sum += v;
			count++;
		s := <-quit =>
			sys->print("quit %s\n", s);
			break loop;
		}
	}
	sys->print("sum %d count %d\n", sum, count);
}

producer(data: chan of int, quit: chan of string)
{
	for(i := 1; i <= 10; i++)
		data <-= i;
	quit <-= "after 10";
}
