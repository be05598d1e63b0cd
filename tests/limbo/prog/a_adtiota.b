# con declarations with iota inside an adt (as module/sh.m uses them)
implement Adtiota;
include "sys.m";
include "draw.m";
Adtiota: module {
	init: fn(nil: ref Draw->Context, nil: list of string);
	A: adt {
		x: int;
		P, Q, R: con 1 << iota;
	};
};
init(nil: ref Draw->Context, nil: list of string)
{
	sys := load Sys Sys->PATH;
	sys->print("%d %d %d\n", A.P, A.Q, A.R);
}
