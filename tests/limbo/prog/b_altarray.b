# An alt arm receiving from an array of channels, (i, v) := <-a:
# chosen when one element is ready, passed over for another ready arm
# when none is, the * arm when nothing is ready; then a server that
# multiplexes three clients' request channels through such an arm,
# each client checking its own replies.
implement BAltarray;

include "sys.m";
	sys: Sys;
include "draw.m";

BAltarray: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Nclient: con 3;
Nreq: con 4;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cs := array[3] of chan of int;
	for(i := 0; i < len cs; i++)
		cs[i] = chan[1] of int;
	other := chan[1] of string;
	cs[1] <-= 10;
	alt {
	(k, v) := <-cs =>
		sys->print("array arm %d %d\n", k, v);
	s := <-other =>
		sys->print("other %s\n", s);
	}
	other <-= "x";
	alt {
	(k, v) := <-cs =>
		sys->print("array arm %d %d\n", k, v);
	s := <-other =>
		sys->print("other %s\n", s);
	}
	alt {
	(k, v) := <-cs =>
		sys->print("array arm %d %d\n", k, v);
	* =>
		sys->print("nothing ready\n");
	}

	reqs := array[Nclient] of chan of int;
	replies := array[Nclient] of chan of int;
	done := chan of (int, int, int);
	for(i = 0; i < Nclient; i++){
		reqs[i] = chan of int;
		replies[i] = chan of int;
		spawn client(i, reqs[i], replies[i], done);
	}
	spawn server(reqs, replies, Nclient * Nreq);
	sums := array[Nclient] of int;
	bad := array[Nclient] of int;
	for(i = 0; i < Nclient; i++){
		(id, sum, nbad) := <-done;
		sums[id] = sum;
		bad[id] = nbad;
	}
	for(i = 0; i < Nclient; i++)
		sys->print("client %d sum %d bad %d\n", i, sums[i], bad[i]);
}

# answers each request v from client i with 100*i + 2*v
server(reqs, replies: array of chan of int, n: int)
{
	while(n-- > 0){
		alt {
		(i, v) := <-reqs =>
			replies[i] <-= 100*i + 2*v;
		}
	}
}

client(id: int, req, reply: chan of int, done: chan of (int, int, int))
{
	sum := 0;
	nbad := 0;
	for(j := 1; j <= Nreq; j++){
		req <-= j;
		r := <-reply;
		if(r != 100*id + 2*j)
			nbad++;
		sum += r;
	}
	done <-= (id, sum, nbad);
}
