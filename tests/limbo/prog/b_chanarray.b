# Receiving from an array of channels: <-a yields (index, value) from
# whichever channel is ready. Cases with exactly one ready channel, and
# several threads whose results are stored by index so the order in
# which they arrive does not matter.
implement BChanarray;

include "sys.m";
	sys: Sys;
include "draw.m";

BChanarray: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cs := array[3] of chan of int;
	for(i := 0; i < len cs; i++)
		cs[i] = chan[1] of int;
	cs[2] <-= 20;
	(k, v) := <-cs;
	sys->print("ready %d %d\n", k, v);
	cs[0] <-= 5;
	(k, v) = <-cs;
	sys->print("ready %d %d\n", k, v);

	us := array[4] of chan of int;
	for(i = 0; i < len us; i++)
		us[i] = chan of int;
	spawn sendon(us[3], 33);
	(k, v) = <-us;
	sys->print("thread %d %d\n", k, v);

	res := array[len us] of int;
	for(i = 0; i < len us; i++)
		spawn sendon(us[i], 100 + i);
	for(n := 0; n < len us; n++){
		(j, x) := <-us;
		res[j] = x - j;
	}
	sys->print("all %d %d %d %d\n", res[0], res[1], res[2], res[3]);

	ss := array[] of {chan[1] of string, chan[1] of string};
	ss[1] <-= "second";
	(ks, s) := <-ss;
	sys->print("strings %d %s\n", ks, s);

	ts := array[2] of chan of (int, string);
	ts[0] = chan of (int, string);
	ts[1] = chan of (int, string);
	spawn sendpair(ts[0], 7, "seven");
	(kt, t) := <-ts;
	(a, b) := t;
	sys->print("tuple %d %d %s\n", kt, a, b);
}

sendon(c: chan of int, v: int)
{
	c <-= v;
}

sendpair(c: chan of (int, string), n: int, s: string)
{
	c <-= (n, s);
}
