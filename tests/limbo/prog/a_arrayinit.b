implement Aarrayinit;

# array initialisers: positional elements, index => e, ranges a to b,
# alternatives with or, the * default, array[] sizes from the list,
# run-time sizes and element values, arrays of every basic type

include "sys.m";
	sys: Sys;
include "draw.m";

Aarrayinit: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

show(a: array of int): string
{
	s := "";
	for(i := 0; i < len a; i++)
		s += " " + string a[i];
	return string len a + ":" + s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%s\n", show(array[6] of {1, 2, 4 => 7, * => 9}));
	sys->print("%s\n", show(array[8] of {1, 2, 5 => 50, 60, * => -1}));
	sys->print("%s\n", show(array[] of {10, 20, 30}));
	sys->print("%s\n", show(array[] of {3 => 1, 0 => 5, * => 0}));
	sys->print("%s\n", show(array[10] of {0 to 4 => 1, 5 to 9 => 2}));
	sys->print("%s\n", show(array[7] of {1 or 3 or 5 => 8, * => 0}));
	sys->print("%s\n", show(array[] of {2 to 3 => 6, 0 or 5 => 4, * => -2}));

	n := 4;
	sys->print("%s\n", show(array[n] of {* => n}));
	sys->print("%s\n", show(array[] of {n, n * 2, n + 1}));
	sys->print("%s\n", show(array[n+1] of {0 => n, * => 1}));

	g := array[] of {"a", "b", "c"};
	h := array[3] of {* => "x"};
	sys->print("%s%s%s %s%s%s %d\n", g[0], g[1], g[2], h[0], h[1], h[2], len g);
	r := array[] of {1.5, 2.5, -0.25};
	sys->print("%g %d\n", r[0] + r[1] + r[2], len r);
	b := array[] of {big 1 << 40, big -1};
	sys->print("%bd %bd\n", b[0], b[1]);
	y := array[] of {byte 1, byte 255, 2 => byte 'z'};
	sys->print("%d %d %c %d\n", int y[0], int y[1], int y[2], len y);

	nest := array[] of {array[] of {1, 2}, array[] of {3}, nil};
	sys->print("%d %d %d %d %d\n", len nest, len nest[0], len nest[1], len nest[2], nest[0][1] + nest[1][0]);
	t := array[] of {(1, "one"), (2, "two")};
	(k, v) := t[1];
	sys->print("%d %s %d\n", k, v, len t);
}
