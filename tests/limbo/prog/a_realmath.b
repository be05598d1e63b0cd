implement Arealmath;

# real computations whose every rounding is fixed by IEEE double
# arithmetic: Leibniz's series for pi, e by its series, a harmonic sum,
# Horner's rule, ** by repeated squaring, conversions of the results

include "sys.m";
	sys: Sys;
include "draw.m";

Arealmath: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := 0.0;
	sgn := 1.0;
	for(k := 0; k < 1000; k++){
		s += sgn / real (2*k + 1);
		sgn = -sgn;
	}
	sys->print("pi %g\n", 4.0 * s);

	e := 1.0;
	term := 1.0;
	for(k = 1; k < 20; k++){
		term /= real k;
		e += term;
	}
	sys->print("e %g\n", e);

	h := 0.0;
	for(k = 1; k <= 100; k++)
		h += 1.0 / real k;
	sys->print("H100 %g\n", h);

	x := 1.5;
	p := ((2.0 * x - 3.0) * x + 0.5) * x - 7.0;
	sys->print("poly %g\n", p);

	rate := 1.5;
	sys->print("interest %g\n", 1000.0 * rate ** 10);
	sys->print("%g %d\n", real (1 << 30) * 4.0, int (2.675 * 100.0));
	sys->print("%bd\n", big (real (big 1 << 52) * 1.5));

	# the average of a list and the squared deviations
	vals := array[] of {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0};
	sum := 0.0;
	for(k = 0; k < len vals; k++)
		sum += vals[k];
	mean := sum / real len vals;
	v := 0.0;
	for(k = 0; k < len vals; k++)
		v += (vals[k] - mean) * (vals[k] - mean);
	sys->print("mean %g var %g\n", mean, v / real len vals);
}
