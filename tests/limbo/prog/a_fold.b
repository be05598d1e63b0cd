implement Afold;

# constant folding must agree with run time: each line prints an
# expression of constants (folded by the compiler) and the same
# expression on variables (computed by the VM)

include "sys.m";
	sys: Sys;
include "draw.m";

Afold: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	i7 := 7;
	m2 := -2;
	m7 := -7;
	i3 := 3;
	i1 := 1;
	i5 := 5;
	mx := 16r7fffffff;
	mn := -2147483647-1;
	sys->print("%d %d\n", 7 / -2, i7 / m2);
	sys->print("%d %d\n", -7 % 3, m7 % i3);
	sys->print("%d %d\n", 1 << 31, i1 << 31);
	sys->print("%d %d\n", (1 << 31) >> 31, (i1 << 31) >> 31);
	sys->print("%d %d\n", 16r7fffffff + 1, mx + i1);
	sys->print("%d %d\n", -(-2147483647-1), -mn);
	sys->print("%d %d\n", 3 ** 20, i3 ** 20);
	sys->print("%d %d\n", ~5, ~i5);
	sys->print("%d %d\n", 100000 * 100000, i5 * 20000 * 100000);

	b1 := big 1;
	b4 := big 4;
	bm7 := big -7;
	b2 := big 2;
	sys->print("%bd %bd\n", (big 1 << 62) * big 4, (b1 << 62) * b4);
	sys->print("%bd %bd\n", big -7 / big 2, bm7 / b2);
	sys->print("%bd %bd\n", big -7 % big 2, bm7 % b2);
	sys->print("%bd %bd\n", big 16r7FFFFFFFFFFFFFFF + big 1, (b1 << 63) - b1 + b1);

	r1 := 1.0;
	r3 := 3.0;
	r01 := 0.1;
	r2 := 2.0;
	sys->print("%g %g\n", 1.0 / 3.0, r1 / r3);
	sys->print("%g %g\n", 0.1 * 3.0, r01 * r3);
	sys->print("%g %g\n", 2.0 ** -3, r2 ** -3);
	sys->print("%g %g\n", -(0.5 - 0.5), -(r2 - r2));

	y200 := byte 200;
	y100 := byte 100;
	y3 := byte 3;
	y5 := byte 5;
	y255 := byte 255;
	y1 := byte 1;
	sys->print("%d %d\n", int (byte 200 + byte 100), int (y200 + y100));
	sys->print("%d %d\n", int (byte 3 - byte 5), int (y3 - y5));
	sys->print("%d %d\n", int (byte 255 >> 1), int (y255 >> 1));
	sys->print("%d %d\n", int ~byte 1, int ~y1);

	ab := "ab";
	sys->print("%s %s\n", "ab" + "cd", ab + "cd");
	h := 2.5;
	sys->print("%d %d\n", int 2.5, int h);
	sys->print("%d %d\n", int -2.5, int -h);
	sys->print("%d %d\n", int byte -1, int byte m2 + 1);
	e18 := 1e18;
	sys->print("%bd %bd\n", big 1e18, big e18);
	sys->print("%s %s\n", string 0.1, string r01);
	sys->print("%s %s\n", string (1 << 20), string (i1 << 20));
}
