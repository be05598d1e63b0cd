# A pipeline of threads: the concurrent prime sieve, one filter thread
# per prime, each passing on what its prime does not divide; a -1
# flows down the chain at the end so every thread finishes.
implement BSieve;

include "sys.m";
	sys: Sys;
include "draw.m";

BSieve: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	spawn gen(c, 100);
	s := "";
	n := 0;
	for(;;){
		p := <-c;
		if(p < 0)
			break;
		s += " " + string p;
		n++;
		nc := chan of int;
		spawn filter(c, nc, p);
		c = nc;
	}
	sys->print("%d primes:%s\n", n, s);
}

gen(c: chan of int, n: int)
{
	for(i := 2; i <= n; i++)
		c <-= i;
	c <-= -1;
}

filter(in, out: chan of int, p: int)
{
	while((v := <-in) >= 0)
		if(v % p)
			out <-= v;
	out <-= -1;
}
