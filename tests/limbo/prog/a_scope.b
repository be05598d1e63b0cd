implement Ascope;

# scopes: locals shadow globals, blocks and case arms open scopes (even
# redeclaring a name with another type), parameters shadow globals,
# functions see the global however the caller names things

include "sys.m";
	sys: Sys;
include "draw.m";

Ascope: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

x := 1;
name := "global";

getx(): int
{
	return x;
}

setx(v: int)
{
	x = v;
}

times10(x: int): int
{
	return x * 10;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%d %s\n", x, name);
	x := 2;
	sys->print("%d %d\n", x, getx());
	{
		x := 3;
		x++;
		sys->print("%d\n", x);
	}
	sys->print("%d\n", x);
	for(i := 0; i < 3; i++){
		x := i * 100;
		if(i == 2)
			sys->print("%d\n", x);
	}
	sys->print("%d\n", x);
	if(x == 2){
		x := "str";
		x += "ing";
		sys->print("%s\n", x);
	}
	case x {
	2 =>
		x := 9.5;
		sys->print("%g\n", x);
	}
	sys->print("%d %d\n", x, times10(5));
	setx(7);
	sys->print("%d %d\n", x, getx());
	{
		name := name + "-shadow";
		sys->print("%s\n", name);
	}
	sys->print("%s\n", name);
	y := 0;
	{
		y = 5;
		y := 6;
		y++;
	}
	sys->print("%d\n", y);
}
