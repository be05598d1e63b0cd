# sys->sprint, print and aprint: integer verbs with flags, width,
# precision and *, hex and octal, %c of ASCII and non-ASCII code
# points, strings padded and cut (widths count characters), %q, big
# values with %bd and %bx, reals with %g (shortest form), %f, %e, %G
# and precisions, %%, %r; an empty result is nil; print's result is the
# number of bytes written.
implement BSprint;

include "sys.m";
	sys: Sys;
include "draw.m";

BSprint: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := 42;
	sys->print("%s\n", sys->sprint("%d|%5d|%-5d|%05d|%+d|% d|%.3d", n, n, n, n, n, n, 7));
	m := -42;
	sys->print("%s\n", sys->sprint("%d|%5d|%05d|%-6d|", m, m, m, m));
	sys->print("%s\n", sys->sprint("%x %X %o %#x %x %o", 255, 255, 255, 255, -1, 8));
	sys->print("%s\n", sys->sprint("%*d|%-*d|", 6, n, 4, n));
	sys->print("%s\n", sys->sprint("%c%c%c %c", 'L', 'i', 'm', 16r263A));
	s := "limbo";
	sys->print("%s\n", sys->sprint("%s|%8s|%-8s|%.2s|%5s|", s, s, s, s, "héé"));
	sys->print("%s\n", sys->sprint("%q %q %q %q", "plain", "two words", "it's", ""));
	b := big 1 << 40;
	maxb := big 16r7fffffffffffffff;
	sys->print("%s\n", sys->sprint("%bd %bx %bd %bd %bd %bx", b, b, big -1, maxb, -maxb - big 1, big -1));
	sys->print("%s\n", sys->sprint("%g %g %g %g %g %g %g %g %g", 3.25, 1e6, 0.0001, 1e-5,
		1234567.0, 100.0, -7.125e-10, 0.0, 0.1));
	third := 1.0 / 3.0;
	sum := 0.1 + 0.2;
	sys->print("%s\n", sys->sprint("%g %g %g", third, sum, -sum));
	pi := 3.14159;
	sys->print("%s\n", sys->sprint("%f|%.2f|%5.2f|%8.3f|%e|%.3g|%G", 3.25, pi, pi, 2.5, 1234.5, pi, 1e-10));
	sys->print("%s\n", sys->sprint("100%% %d%%", n));
	sys->werrstr("custom error");
	sys->print("%s\n", sys->sprint("err: %r"));
	e := sys->sprint("");
	sys->print("empty nil %d len %d\n", e == nil, len e);
	a := sys->aprint("h%s", "éllo");
	sys->print("aprint %d %d %d\n", len a, int a[0], int a[1]);
	k := sys->print("abc\n");
	k2 := sys->print("é\n");
	sys->print("printed %d %d\n", k, k2);
}
