# Many context switches: a token passed 100 times around a ring of 10
# threads and the main thread, each thread adding one; then a stop
# value travels the ring and each thread reports how many tokens it
# passed.
implement BRing;

include "sys.m";
	sys: Sys;
include "draw.m";

BRing: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

N: con 10;
Rounds: con 100;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := array[N+1] of chan of int;
	for(i := 0; i <= N; i++)
		c[i] = chan of int;
	counts := chan of (int, int);
	for(i = 0; i < N; i++)
		spawn hop(i, c[i], c[i+1], counts);
	token := 0;
	for(r := 0; r < Rounds; r++){
		c[0] <-= token;
		token = <-c[N];
	}
	sys->print("token %d\n", token);
	c[0] <-= -1;
	sys->print("stop came back %d\n", <-c[N]);
	passed := array[N] of int;
	for(i = 0; i < N; i++){
		(id, n) := <-counts;
		passed[id] = n;
	}
	s := "";
	for(i = 0; i < N; i++)
		s += " " + string passed[i];
	sys->print("passed%s\n", s);
}

hop(id: int, in, out: chan of int, counts: chan of (int, int))
{
	n := 0;
	for(;;){
		t := <-in;
		if(t < 0){
			out <-= t;
			counts <-= (id, n);
			return;
		}
		n++;
		out <-= t + 1;
	}
}
