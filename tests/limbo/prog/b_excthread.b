# Exceptions inside spawned threads, each caught by its own thread:
# workers dividing by their argument report either the quotient or the
# exception's text on their own channel; a declared exception raised
# and caught inside a thread body; the spawner's own handlers are not
# involved and it carries on.
implement BExcthread;

include "sys.m";
	sys: Sys;
include "draw.m";

BExcthread: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Odd: exception(int, string);

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	divisors := array[] of {5, 0, -3, 0, 7};
	res := array[len divisors] of chan of string;
	for(i := 0; i < len divisors; i++){
		res[i] = chan of string;
		spawn divide(100, divisors[i], res[i]);
	}
	{
		for(i = 0; i < len res; i++)
			sys->print("worker %d: %s\n", i, <-res[i]);
	} exception e {
	"*" =>
		sys->print("main caught %s (wrong)\n", e);
	}

	c := chan of string;
	for(i = 1; i <= 4; i++){
		spawn checker(i, c);
		sys->print("checker %d: %s\n", i, <-c);
	}

	arr := chan of string;
	spawn indexer(arr);
	sys->print("indexer: %s\n", <-arr);
	sys->print("indexer: %s\n", <-arr);
	sys->print("main done\n");
}

divide(a, b: int, res: chan of string)
{
	{
		res <-= "ok " + string (a / b);
	} exception e {
	"zero*" =>
		res <-= "error " + e;
	}
}

checker(n: int, c: chan of string)
{
	{
		if(n % 2)
			raise Odd(n, "odd");
		c <-= string n + " even";
	} exception e {
	Odd =>
		(v, s) := e;
		c <-= string v + " " + s;
	}
}

indexer(c: chan of string)
{
	a := array[2] of string;
	for(i := 0; i < 3; i++){
		{
			a[i] = "x";
		} exception e {
		"array*" =>
			c <-= sys->sprint("at %d: %s", i, e);
		}
	}
	c <-= sys->sprint("filled %s%s", a[0], a[1]);
}
