# Deep unwinding: an exception raised 5000 calls down caught at the
# top in one go; one raised 1000 calls down through a handler at every
# 100th level, each adding to the text (using a local set before its
# block) and raising again; the stack works normally afterwards.
implement BExcdeep;

include "sys.m";
	sys: Sys;
include "draw.m";

BExcdeep: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		plain(5000);
	} exception e {
	"bottom*" =>
		sys->print("plain: %s\n", e);
	}
	{
		layered(1000);
	} exception e {
	"*" =>
		sys->print("layered: %s\n", e);
	}
	sys->print("depth sum %d\n", sum(3000));
	{
		layered(250);
	} exception e {
	"*" =>
		sys->print("layered: %s\n", e);
	}
}

plain(n: int): int
{
	if(n == 0)
		raise "bottom of " + string 5000;
	return plain(n-1) + 1;
}

layered(n: int): int
{
	if(n == 0)
		raise "bottom";
	if(n % 100 != 0)
		return layered(n-1) + 1;
	mark := n * 2;
	{
		return layered(n-1) + 1;
	} exception e {
	"*" =>
		raise e + "<" + string (mark / 2);
	}
}

sum(n: int): int
{
	if(n == 0)
		return 0;
	return n + sum(n-1);
}
