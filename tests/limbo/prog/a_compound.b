implement Acompound;

# compound assignments (+= -= *= /= %= <<= >>= &= |= ^= **=) on int,
# big, byte, real and string, on elements and fields, the target's
# address evaluated once, assignments used as values

include "sys.m";
	sys: Sys;
include "draw.m";

Acompound: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

calls := 0;

idx(i: int): int
{
	calls++;
	return i;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	x := 10;
	x += 5;
	sys->print("%d", x);
	x -= 3;
	sys->print(" %d", x);
	x *= 4;
	sys->print(" %d", x);
	x /= 5;
	sys->print(" %d", x);
	x %= 4;
	sys->print(" %d", x);
	x <<= 10;
	sys->print(" %d", x);
	x >>= 3;
	sys->print(" %d", x);
	x |= 3;
	sys->print(" %d", x);
	x &= 16rF0;
	sys->print(" %d", x);
	x ^= 16rFF;
	sys->print(" %d", x);
	x **= 2;
	sys->print(" %d\n", x);

	y := -7;
	y /= 2;
	sys->print("%d", y);
	y %= 2;
	sys->print(" %d", y);
	y >>= 1;
	sys->print(" %d", y);
	y <<= 31;
	sys->print(" %d\n", y);

	s := "ab";
	s += "cd";
	s += s;
	sys->print("%s %d\n", s, len s);

	b := big 3;
	b <<= 40;
	b |= big 1;
	b >>= 20;
	b -= big 1;
	sys->print("%bd\n", b);

	r := 1.5;
	r += 1.0;
	r *= 3.0;
	r /= 0.5;
	r -= 10.0;
	sys->print("%g\n", r);

	by := byte 250;
	by += byte 10;
	sys->print("%d", int by);
	by <<= 4;
	sys->print(" %d", int by);
	by >>= 2;
	sys->print(" %d", int by);
	by ^= byte 255;
	sys->print(" %d", int by);
	by |= byte 16r10;
	sys->print(" %d", int by);
	by &= byte 16r0F;
	sys->print(" %d", int by);
	by %= byte 4;
	sys->print(" %d", int by);
	by *= byte 100;
	sys->print(" %d", int by);
	by /= byte 3;
	sys->print(" %d\n", int by);

	a := array[] of {1, 2, 3};
	a[idx(1)] += 10;
	a[idx(2)] *= a[idx(0)] + 4;
	sys->print("%d %d %d calls %d\n", a[0], a[1], a[2], calls);

	p := Point(2, 3);
	p.x *= 3;
	q := ref p;
	q.y -= 10;
	sys->print("%d %d %d\n", p.x, p.y, q.y);

	c, d, e: int;
	c = d = e = 7;
	sys->print("%d %d %d\n", c, d, e);
	z := (c += 1) * 2;
	sys->print("%d %d\n", z, c);
	t := "x";
	u := (t += "y");
	sys->print("%s %s\n", t, u);
}
