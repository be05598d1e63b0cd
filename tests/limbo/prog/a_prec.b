implement Aprec;

# operator precedence and associativity, each value depending on them:
# unary minus binds tighter than **, which is right associative and
# above * / %; shifts below + -; relations above ==; & above ^ above |;
# :: below arithmetic; && above ||; casts and len bind like unary
# operators; postfix tighter than prefix; assignment right associative

include "sys.m";
	sys: Sys;
include "draw.m";

Aprec: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := 1;
	b := 2;
	c := 3;
	d := 5;
	e := 10;
	sys->print("%d %d %d %d\n", b + c * 4, b * c ** 2, -b ** 2, b ** c ** 2);
	sys->print("%d %d %d\n", a << b + a, a << c < 9, e - b * c ** 2 / c % 4);
	sys->print("%d %d %d\n", c < 4 == a, a == b < c, 6 & c == c);
	sys->print("%d %d %d\n", a | b ^ c & d, d ^ c | 8, d | c ^ 6);
	sys->print("%d %d %d\n", a || 0 && 0, 0 && a || a, a | 0 && 0);
	sys->print("%d %d %d\n", !0 + a, ~0 & 7, - -a);
	sys->print("%g %d %s\n", real 7 / 2.0, int "12" + a, string a + "x");
	sys->print("%d %d\n", len "abc" + a, b ** 2 ** c);
	sys->print("%d %d %d\n", e - c - b, 100 / e / d, e - (c - b));

	l := a + a :: b :: nil;
	sys->print("%d %d %d\n", len l, hd l, hd tl l);

	x, y: int;
	x = y = c;
	sys->print("%d %d\n", x, y);
	z := x++ * 2;
	sys->print("%d %d\n", z, x);
	p := Point(4, 9);
	sys->print("%d %d\n", -p.x, -p.y % p.x);
	arr := array[] of {10, 20, 30, 40};
	sys->print("%d %d\n", arr[1:3][1], len arr[1:] * 2);
	r := ref p;
	sys->print("%d\n", (*r).y - r.x);
	big1 := big 1 << 40 >> 38;
	sys->print("%bd\n", big1);
}
