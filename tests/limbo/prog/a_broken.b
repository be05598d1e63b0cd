implement Abroken;

# an array bounds error nobody catches: the program dies with it (exit
# status 1 and the Broken line), after what it printed before

include "sys.m";
	sys: Sys;
include "draw.m";

Abroken: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

get(a: array of int, i: int): int
{
	return a[i];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[] of {1, 2, 3};
	sum := 0;
	for(i := 0; i <= len a; i++){
		sys->print("a[%d]\n", i);
		sum += get(a, i);
		sys->print("sum %d\n", sum);
	}
	sys->print("not reached\n");
}
