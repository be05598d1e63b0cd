implement Arealfmt;

# reals through print's verbs: %g and %G alone give the shortest text;
# with a width or precision, and %f %e %E always, C's formats apply

include "sys.m";
	sys: Sys;
include "draw.m";

Arealfmt: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	pi := 3.14159;
	sys->print("%f|%.2f|%8.3f|%-8.2f|\n", pi, 2.675, pi, -1.5);
	sys->print("%e|%.2e|%E|\n", 12345.678, 0.000123, 1e-10);
	sys->print("%.3g|%.3g|%.10g|%10.4g|\n", pi, 1234567.0, 0.1, 2.5);
	sys->print("%05.1f|%.0f|%f|\n", pi, 2.7, 1e20);
	sys->print("%.1f|%.3f|\n", 0.05, 1.0005);
	sys->print("%12.4e|%-12.3E|\n", -299792.458, 6.02214076e23);
	sys->print("%.15g|%.17g|\n", 0.1, 0.1);
	sys->print("%g|%G|%g|%G|\n", 1e-10, 1e-10, 0.1, 2.5e30);

	# a width taken from the arguments
	w := 9;
	sys->print("%*.2f|%-*.1f|\n", w, pi, w, pi);

	# reals mixed with ints and strings: each value in its own slot
	s := sys->sprint("%d %g %s %g %d", 1, 0.5, "x", 2.25, 3);
	sys->print("%s|%d\n", s, len s);

	# a table of squares and roots by Newton's method
	for(i := 1; i <= 5; i++){
		n := real i;
		x := n;
		for(k := 0; k < 30; k++)
			x = (x + n / x) / 2.0;
		sys->print("%d %6.3f %g\n", i, x, n * n);
	}
}
