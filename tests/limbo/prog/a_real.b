implement Areal;

# real arithmetic and its printing with %g (the shortest text that
# reads back the same: no leading 0, exponents of at least two digits)

include "sys.m";
	sys: Sys;
include "draw.m";

Areal: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := 0.1;
	b := 0.2;
	sys->print("%g\n", a + b);
	sys->print("%g %g\n", a * b, b / a);
	one := 1.0;
	two := 2.0;
	three := 3.0;
	sys->print("%g %g\n", one / three, two / three);
	sys->print("%g %g %g\n", 10.0 / 4.0, -7.0 / two, -a);
	sys->print("%g %g\n", three * 1.1, 7.0 - 0.5);

	# where the form changes: decimal point position and exponents
	sys->print("%g %g %g %g\n", 1e21, 123456.75, 1e6, 1234567.0);
	sys->print("%g %g %g %g\n", 0.0001, 0.00001, 0.000123, 0.0000123);
	sys->print("%g %g %g\n", -7.125e-10, 1e100, 1.23e22);
	sys->print("%g %g\n", 12345678901234567890.0, 123456789012.0);
	sys->print("%g %g %g %g\n", 100.0, 1e5, 0.5, 1.0);
	sys->print("%g\n", 1.7976931348623157e308);
	sys->print("%g\n", 2.2250738585072014e-308);

	z := 0.0;
	nz := -z;
	sys->print("%g %g %d\n", z, nz, z == nz);

	s := 0.0;
	for(i := 0; i < 10; i++)
		s += a;
	sys->print("%g %d %d\n", s, s == 1.0, s < 1.0);
	sys->print("%d %d %d\n", a + b == 0.3, 0.5 + 0.25 == 0.75, one < two);

	# Newton's square root of 2, until it stops changing
	x := 1.0;
	n := 0;
	for(;;){
		y := (x + 2.0 / x) / 2.0;
		n++;
		if(y == x)
			break;
		x = y;
	}
	sys->print("sqrt2 %g after %d\n", x, n);

	r := 1.0;
	r += 0.5;
	sys->print("%g", r);
	r *= 4.0;
	sys->print(" %g", r);
	r -= 0.25;
	sys->print(" %g", r);
	r /= 2.0;
	sys->print(" %g\n", r);
}
