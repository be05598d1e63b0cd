implement Aglobals;

# module data: variables with constant initialisers (int, big, byte,
# real, string, arrays, adt and tuple values), uninitialised ones (zero
# or nil), changes made by one function seen by another

include "sys.m";
	sys: Sys;
include "draw.m";

Aglobals: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

count := 0;
limit := 10;
neg := -5;
expr := 3 * 4 + 1;
greeting := "hello";
ratio := 2.5;
bigval := big 1 << 40;
bytev := byte 200;
primes := array[] of {2, 3, 5, 7, 11};
table := array[4] of int;
names := array[] of {"zero", "one", "two"};
filled := array[3] of {* => 9};
reals := array[] of {0.5, 1.5};
pt := Point(3, 4);
tup := (1, "one");
zi: int;
zs: string;
zr: real;
zb: big;
za: array of int;
zl: list of int;
zp: ref Point;
m, n: int;

bump(): int
{
	count++;
	table[count % len table] += count;
	return count;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%d %d %d %d %s %g\n", count, limit, neg, expr, greeting, ratio);
	sys->print("%bd %d\n", bigval, int bytev);
	sys->print("%d %d %d %d\n", len primes, primes[4], len table, table[3]);
	sys->print("%s %s %d %d\n", names[1], names[2], filled[0] + filled[2], len filled);
	sys->print("%g %d %d\n", reals[0] + reals[1], pt.x, pt.y);
	(t1, t2) := tup;
	sys->print("%d %s\n", t1, t2);
	sys->print("%d %d %g %bd %d %d %d %d %d\n", zi, zs == nil, zr, zb, za == nil, zl == nil, zp == nil, m, n);

	for(i := 0; i < 6; i++)
		bump();
	sys->print("%d %d %d %d %d\n", count, table[0], table[1], table[2], table[3]);
	greeting += ", world";
	primes[0] = 1;
	pt.x = 30;
	zl = count :: zl;
	sys->print("%s\n", show());
}

show(): string
{
	return sys->sprint("%s %d %d %d", greeting, primes[0], pt.x, hd zl);
}
