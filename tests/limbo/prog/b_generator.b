# Generators as threads: an endless Fibonacci generator in an alt that
# either sends the next value or takes a stop request (only one of the
# two is ever possible at a time); a mapping stage applying a function
# reference; a generator over a list that ends by sending nil.
implement BGenerator;

include "sys.m";
	sys: Sys;
include "draw.m";

BGenerator: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	out := chan of int;
	stop := chan of int;
	spawn fib(out, stop);
	s := "";
	for(i := 0; i < 12; i++)
		s += " " + string <-out;
	stop <-= 1;
	sys->print("fib%s; stopped after %d\n", s, <-stop);

	nums := chan of int;
	sq := chan of int;
	spawn counter(nums, 1, 6);
	spawn mapper(nums, sq, square);
	s = "";
	while((v := <-sq) >= 0)
		s += " " + string v;
	sys->print("squares%s\n", s);

	words := chan of string;
	spawn each("gamma" :: "alpha" :: "beta" :: nil, words);
	s = "";
	while((w := <-words) != nil)
		s += "<" + w + ">";
	sys->print("words %s\n", s);
}

# Fibonacci numbers on out until a request on stop, answered with the count sent
fib(out, stop: chan of int)
{
	(a, b) := (0, 1);
	n := 0;
	for(;;) alt {
	out <-= a =>
		(a, b) = (b, a+b);
		n++;
	<-stop =>
		stop <-= n;
		return;
	}
}

counter(out: chan of int, from, upto: int)
{
	for(i := from; i <= upto; i++)
		out <-= i;
	out <-= -1;
}

mapper(in, out: chan of int, f: ref fn(x: int): int)
{
	while((v := <-in) >= 0)
		out <-= f(v);
	out <-= -1;
}

square(x: int): int
{
	return x * x;
}

each(l: list of string, out: chan of string)
{
	for(; l != nil; l = tl l)
		out <-= hd l;
	out <-= nil;
}
