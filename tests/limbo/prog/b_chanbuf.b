# Buffered channels: sends that do not block while there is room,
# FIFO order, a producer blocked on a full buffer, chan[0] being
# unbuffered, a size from a variable, buffered channels of strings and
# tuples, a one-slot channel as a lock around shared module data, and
# a negative size raising "negative array size".
implement BChanbuf;

include "sys.m";
	sys: Sys;
include "draw.m";

BChanbuf: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

counter := 0;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[3] of int;
	c <-= 1;
	c <-= 2;
	c <-= 3;
	a := <-c;
	c <-= 4;
	b := <-c;
	sys->print("fifo %d %d", a, b);
	a = <-c;
	b = <-c;
	sys->print(" %d %d\n", a, b);

	small := chan[2] of int;
	spawn producer(small, 6);
	s := "";
	for(i := 0; i < 6; i++)
		s += " " + string <-small;
	sys->print("producer:%s\n", s);

	z := chan[0] of string;
	spawn sendone(z, "through chan[0]");
	sys->print("%s\n", <-z);

	n := 4;
	sc := chan[n] of string;
	for(i = 0; i < n; i++)
		sc <-= "s" + string i;
	s = "";
	for(i = 0; i < n; i++)
		s += <-sc;
	sys->print("strings %s\n", s);

	tc := chan[2] of (int, string);
	tc <-= (1, "one");
	tc <-= (2, "two");
	(x, y) := <-tc;
	(x2, y2) := <-tc;
	sys->print("tuples %d %s %d %s\n", x, y, x2, y2);

	lock := chan[1] of int;
	done := chan of int;
	for(i = 0; i < 4; i++)
		spawn adder(lock, done, 250);
	for(i = 0; i < 4; i++)
		<-done;
	sys->print("counter %d\n", counter);

	m := -1;
	{
		bad := chan[m] of int;
		sys->print("made %d\n", bad == nil);
	} exception e {
	"*" =>
		sys->print("exception %s\n", e);
	}
}

producer(c: chan of int, n: int)
{
	for(i := 1; i <= n; i++)
		c <-= i;
}

sendone(c: chan of string, s: string)
{
	c <-= s;
}

adder(lock, done: chan of int, n: int)
{
	for(i := 0; i < n; i++){
		lock <-= 1;
		v := counter;
		counter = v + 1;
		<-lock;
	}
	done <-= 1;
}
