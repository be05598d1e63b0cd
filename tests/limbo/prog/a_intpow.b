implement Aintpow;

# the ** operator on int, big and real: precedence (below unary minus,
# right associative), wrap-around, zero and negative exponents, **=

include "sys.m";
	sys: Sys;
include "draw.m";

Aintpow: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

K: con 3 ** 3;
L: con 2 ** 3 ** 2;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	two := 2;
	three := 3;
	sys->print("%d %d %d\n", two ** 10, three ** 4, two ** 0);
	mtwo := -2;
	sys->print("%d %d\n", mtwo ** 3, mtwo ** 4);
	sys->print("%d\n", -two ** 2);
	sys->print("%d\n", two ** 3 ** 2);
	sys->print("%d %d\n", three ** 2 * 2, two + three ** 2);
	sys->print("%d %d\n", two ** 31, two ** 32);
	sys->print("%d\n", three ** 21);
	z := 0;
	sys->print("%d %d\n", z ** 0, z ** 5);

	# a negative exponent gives 1 / (base ** -e) in integers
	e := -1;
	one := 1;
	m1 := -1;
	sys->print("%d %d %d %d\n", two ** e, one ** -3, m1 ** -3, m1 ** -2);

	sys->print("%d %d\n", K, L);
	s := "";
	for(i := 0; i < 6; i++)
		s += " " + string (two ** i);
	sys->print("powers:%s\n", s);

	b := big 2;
	sys->print("%bd\n", b ** 40);
	sys->print("%bd\n", big 3 ** 40);
	sys->print("%bd\n", b ** 63);

	r := 2.0;
	sys->print("%g %g %g\n", r ** 10, r ** -2, 1.5 ** 2);
	ten := 10.0;
	sys->print("%g %g\n", ten ** -3, 0.5 ** 3);

	x := 3;
	x **= 3;
	sys->print("%d\n", x);
	x **= 2;
	sys->print("%d\n", x);
	bb := big 10;
	bb **= 18;
	sys->print("%bd\n", bb);
}
