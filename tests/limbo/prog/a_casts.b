implement Acasts;

# casts among int, byte, big and real: rounding of reals (to nearest,
# halves away from zero), truncation to the low bits, sign and zero
# extension; both folded constants and values computed at run time

include "sys.m";
	sys: Sys;
include "draw.m";

Acasts: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# real to int
	r := 2.5;
	h := 0.5;
	q := 1.5;
	sys->print("%d %d %d %d %d %d\n", int r, int -r, int h, int -h, int q, int -q);
	sys->print("%d %d %d %d %d\n", int 2.5, int -2.5, int 2.4999, int -0.5, int 0.49);
	f := 1e9 + 0.7;
	sys->print("%d %d\n", int f, int -f);

	# real to big and back
	e := 1e10;
	sys->print("%bd %bd %bd\n", big e, big r, big -e);
	sys->print("%g %g\n", real big 9007199254740993, real (big 1 << 53));

	# int to real
	i := 7;
	sys->print("%g %g %g\n", real i / real 2, real -i, real 1);

	# int and big
	m := -1;
	sys->print("%bd %bx\n", big m, big m);
	sys->print("%d %d %d\n", int big 16r100000005, int big 16rFFFFFFFF, int big 16r180000000);
	b := big 16r123456789A;
	sys->print("%x\n", int b);

	# int to byte keeps the low 8 bits; byte to int is unsigned
	v := 511;
	w := -2;
	sys->print("%d %d %d %d\n", int byte v, int byte w, int byte 256, int byte 255);
	by := byte 200;
	sys->print("%g %bd %d\n", real by, big by, int by);

	# real and big to byte go through int
	x := 3.7;
	y := 255.6;
	sys->print("%d %d %d\n", int byte x, int byte y, int byte big 300);

	# round trips
	sys->print("%d %d\n", int real int 7, int real 2147483647);
	sys->print("%bd\n", big real big 16r7FFFFFFFFFFFFC00);
}
