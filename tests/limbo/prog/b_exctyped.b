# Declared exceptions: without values, with (int, string), with (big,
# real, list of string), one declared in the module interface and one
# inside a function; raised and caught by name with the values
# unpacked (x, y) := e, in the raising function itself and in its
# direct caller; or-ed names; a string arm and a typed arm side by
# side; the * arm catching a typed exception; raises clauses.
implement BExctyped;

include "sys.m";
	sys: Sys;
include "draw.m";

BExctyped: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
	Iface:	exception(int, int);
};

Bad: exception;
Pair: exception(int, string);
Large: exception(big, real, list of string);

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(k := 0; k < 6; k++)
		sys->print("direct %d: %s\n", k, direct(k));
	sys->print("self %d %d\n", selfcatch(0), selfcatch(21));
	sys->print("local %s\n", local(3));
	for(k = 0; k < 3; k++)
		sys->print("either %d: %s\n", k, either(k));
	sys->print("star %s\n", star());
}

raiser(k: int) raises (Bad, Pair, Large, Iface)
{
	n := 0;
	for(i := 0; i < k; i++)
		n += i;
	case k {
	0 =>
		raise Bad;
	1 =>
		raise Pair(42, "forty-two");
	2 =>
		raise Large(big 1 << 40, 0.5, "x" :: "y" :: "z" :: nil);
	3 =>
		raise Iface(n, -n);
	4 =>
		raise "plain";
	}
}

direct(k: int): string
{
	{
		raiser(k);
	} exception e {
	Bad =>
		return "Bad";
	Pair =>
		(x, y) := e;
		return sys->sprint("Pair %d %s", x, y);
	Large =>
		(b, r, l) := e;
		return sys->sprint("Large %bd %g %d %s", b, r, len l, hd tl l);
	Iface =>
		(p, q) := e;
		return sys->sprint("Iface %d %d", p, q);
	"plain" =>
		return "string plain";
	}
	return "no exception";
}

selfcatch(n: int): int
{
	{
		if(n > 0)
			raise Pair(n, "x");
		return -1;
	} exception e {
	Pair =>
		(v, s) := e;
		return v * 2 + len s;
	}
}

local(n: int): string
{
	Loc: exception(string, int);
	{
		for(i := 0; i < n; i++)
			if(i == 2)
				raise Loc("local", i);
	} exception e {
	Loc =>
		(s, i) := e;
		return s + " " + string i;
	}
	return "none";
}

either(k: int): string
{
	{
		raiser(k);
	} exception {
	Bad or Pair =>
		return "Bad or Pair";
	"*" =>
		return "some string";
	* =>
		return "other";
	}
	return "none";
}

star(): string
{
	{
		raiser(1);
	} exception {
	* =>
		return "caught by *";
	}
	return "none";
}
