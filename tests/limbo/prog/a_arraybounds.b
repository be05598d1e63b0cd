implement Aarraybounds;

# array index, slice and copy errors: "array bounds error" (and
# "negative array size", "dereference of nil" for nil arrays), caught
# by handlers in the same function, in a caller, by prefix patterns and
# alternatives, passing through handlers that do not match

include "sys.m";
	sys: Sys;
include "draw.m";

Aarraybounds: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

set(a: array of int, i, v: int)
{
	a[i] = v;
	sys->print("set a[%d]\n", i);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[3] of int;
	i := 3;
	{
		a[i] = 1;
		sys->print("no error\n");
	} exception e {
	"array bounds error" =>
		sys->print("a[3] = 1: %s\n", e);
	}
	i = -1;
	{
		x := a[i];
		sys->print("no error %d\n", x);
	} exception e {
	"array bounds error" =>
		sys->print("a[-1]: %s\n", e);
	}
	lo := 2;
	hi := 1;
	{
		b := a[lo:hi];
		sys->print("no error %d\n", len b);
	} exception e {
	"array*" =>
		sys->print("a[2:1]: %s\n", e);
	}
	hi = 4;
	{
		b := a[0:hi];
		sys->print("no error %d\n", len b);
	} exception e {
	"array bounds error" =>
		sys->print("a[0:4]: %s\n", e);
	}
	{
		a[2:] = array[2] of int;
		sys->print("no error\n");
	} exception e {
	"array bounds error" =>
		sys->print("a[2:] = 2 elements: %s\n", e);
	}
	n := -1;
	{
		b := array[n] of int;
		sys->print("no error %d\n", len b);
	} exception e {
	"array bounds error" or "negative array size" =>
		sys->print("array[-1]: %s\n", e);
	}

	# raised in a function, caught by the caller
	{
		set(a, 1, 10);
		set(a, 5, 50);
		sys->print("not reached\n");
	} exception e {
	"*" =>
		sys->print("set: %s\n", e);
	}
	sys->print("a[1] = %d\n", a[1]);

	# an inner handler that does not match passes it on
	{
		{
			a[3] = 0;
		} exception e {
		"zero divide" =>
			sys->print("wrong: %s\n", e);
		}
		sys->print("not reached\n");
	} exception e {
	"array bounds error" =>
		sys->print("outer: %s\n", e);
	}

	na: array of int;
	z := 0;
	{
		x := na[z];
		sys->print("no error %d\n", x);
	} exception e {
	"*" =>
		sys->print("nil[0]: %s\n", e);
	}
	{
		b := na[z:z];
		sys->print("nil[0:0] is nil: %d\n", b == nil);
		b = na[z:z+1];
		sys->print("no error %d\n", len b);
	} exception e {
	"*" =>
		sys->print("nil[0:1]: %s\n", e);
	}
	sys->print("done\n");
}
