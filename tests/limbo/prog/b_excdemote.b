# A declared exception that its direct caller does not catch by name
# travels on as a string, its identity name: Module.0.Name for one
# declared at top level, Module.1.Name for one declared in the module
# interface. Seen two calls up from the raise, and by a string pattern
# in the direct caller itself once no typed arm matched.
implement BExcdemote;

include "sys.m";
	sys: Sys;
include "draw.m";

BExcdemote: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
	IE:	exception(int, int);
};

E: exception(int, string);

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("top 0: %s\n", top(0));
	sys->print("top 1: %s\n", top(1));
	sys->print("caller: %s\n", caller());
	sys->print("typed: %s\n", typed());
}

thrower(n: int)
{
	s := 0;
	for(i := 0; i < 3; i++)
		s += i;
	if(n == 0)
		raise E(s, "deep");
	raise IE(s, n);
}

middle(n: int)
{
	{
		thrower(n);
	} exception {
	"unrelated" =>
		sys->print("not reached\n");
	}
	sys->print("not reached\n");
}

top(n: int): string
{
	{
		middle(n);
	} exception e {
	E or IE =>
		return "typed (wrong)";
	"BExcdemote.0.E" or "BExcdemote.1.IE" =>
		return "as string " + e;
	"*" =>
		return "other string " + e;
	}
	return "none";
}

caller(): string
{
	{
		thrower(0);
	} exception e {
	"BExcdemote.0.*" =>
		return "string arm in direct caller: " + e;
	}
	return "none";
}

typed(): string
{
	{
		thrower(0);
	} exception e {
	"BExcdemote.0.E" =>
		return "string arm (wrong)";
	E =>
		(a, b) := e;
		return "typed arm wins " + string a + " " + b;
	}
	return "none";
}
