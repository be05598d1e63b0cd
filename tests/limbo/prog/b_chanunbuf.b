# Unbuffered channels between threads: a producer the main thread
# drains, a ping-pong pair, receive in a loop condition, a received
# value thrown away, a reply channel sent over a channel, and output
# ordered by the rendezvous (a thread prints before it sends, the
# receiver after it receives).
implement BChanunbuf;

include "sys.m";
	sys: Sys;
include "draw.m";

BChanunbuf: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn producer(c, 5);
	sum := 0;
	while((v := <-c) >= 0){
		sys->print("got %d\n", v);
		sum += v;
	}
	sys->print("sum %d\n", sum);

	ping := chan of int;
	pong := chan of string;
	spawn ponger(ping, pong);
	for(i := 1; i <= 3; i++){
		ping <-= i;
		sys->print("pong %s\n", <-pong);
	}
	ping <-= 0;
	sys->print("last %s\n", <-pong);

	t := chan of int;
	spawn talker(t);
	<-t;
	sys->print("main after first\n");
	<-t;
	sys->print("main after second\n");

	req := chan of (int, chan of int);
	spawn server(req);
	r1 := chan of int;
	r2 := chan of int;
	req <-= (6, r1);
	req <-= (7, r2);
	sys->print("replies %d %d\n", <-r1, <-r2);
	req <-= (-1, nil);
	sys->print("done\n");
}

producer(c: chan of int, n: int)
{
	for(i := 1; i <= n; i++)
		c <-= i * i;
	c <-= -1;
}

ponger(in: chan of int, out: chan of string)
{
	for(;;){
		v := <-in;
		if(v == 0){
			out <-= "bye";
			return;
		}
		out <-= string (v * 10);
	}
}

talker(t: chan of int)
{
	sys->print("talker one\n");
	t <-= 1;
	t <-= 2;
}

# each request carries its own reply channel; a thread per request
# answers it, so the server never waits for a reader
server(req: chan of (int, chan of int))
{
	for(;;){
		(n, reply) := <-req;
		if(n < 0)
			return;
		spawn answer(reply, n * n);
	}
}

answer(reply: chan of int, v: int)
{
	reply <-= v;
}
