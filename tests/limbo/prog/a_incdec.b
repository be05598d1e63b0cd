implement Aincdec;

# ++ and --, prefix and postfix, as statements and inside expressions,
# on int, big, byte and real variables, array elements, adt fields
# through values and refs, globals

include "sys.m";
	sys: Sys;
include "draw.m";

Aincdec: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

g := 100;

next(): int
{
	return g++;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	i := 5;
	j := i++;
	sys->print("%d %d\n", j, i);
	k := ++i;
	sys->print("%d %d\n", k, i);
	l := i--;
	sys->print("%d %d\n", l, i);
	m := --i;
	sys->print("%d %d\n", m, i);
	i++;
	++i;
	i--;
	sys->print("%d\n", i);
	s := i++ + i++;
	sys->print("%d %d\n", s, i);

	n := 3;
	count := 0;
	while(n-- > 0)
		count++;
	sys->print("%d %d\n", count, n);
	n = 3;
	count = 0;
	while(--n > 0)
		count++;
	sys->print("%d %d\n", count, n);

	a := array[4] of int;
	x := 0;
	a[x++] = 10;
	a[x++] = 20;
	a[x]++;
	a[x]++;
	--a[0];
	sys->print("%d %d %d %d %d\n", a[0], a[1], a[2], a[3], x);

	p := Point(1, 2);
	p.x++;
	--p.y;
	r := ref Point(5, 5);
	r.x--;
	v := r.y++;
	sys->print("%d %d %d %d %d\n", p.x, p.y, r.x, r.y, v);

	b := big 16r7FFFFFFF;
	b++;
	by := byte 0;
	by--;
	re := 1.5;
	re++;
	re++;
	--re;
	sys->print("%bd %d %g\n", b, int by, re);

	n1 := next();
	n2 := next();
	sys->print("%d %d %d\n", n1, n2, g);
	mx := 2147483647;
	mx++;
	sys->print("%d\n", mx);
}
