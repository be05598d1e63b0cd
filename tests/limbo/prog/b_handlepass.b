# A module handle passed to another module, which calls through it:
# both modules must number the handle's functions alike, whichever of
# them each one uses (the shell hands its "$self" handle to std).
implement HPeer;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lib/hpeer.m";

alpha(): string
{
	return "alpha";
}

beta(n: int): string
{
	return sys->sprint("beta%d", n);
}

gamma(): string
{
	return "gamma";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	me := load HPeer "$self";
	sys->print("%s\n", me->beta(1));
	c := load HCall HCall->PATH;
	if(c == nil){
		sys->print("load: %r\n");
		raise "fail:load";
	}
	sys->print("%s\n", c->use(me));
}
