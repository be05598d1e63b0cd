implement Aarray;

# arrays: array[n] of T starts zeroed (nil for references), len,
# element assignment, arrays are references (aliases see changes),
# identity comparison, arrays passed to and returned from functions

include "sys.m";
	sys: Sys;
include "draw.m";

Aarray: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

show(a: array of int): string
{
	s := "";
	for(i := 0; i < len a; i++)
		s += " " + string a[i];
	return "[" + s + " ]";
}

double(a: array of int)
{
	for(i := 0; i < len a; i++)
		a[i] *= 2;
}

seq(n: int): array of int
{
	a := array[n] of int;
	for(i := 0; i < n; i++)
		a[i] = i;
	return a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[5] of int;
	sys->print("%d %s\n", len a, show(a));
	for(i := 0; i < len a; i++)
		a[i] = i * i;
	sys->print("%s\n", show(a));

	sa := array[3] of string;
	sys->print("%d %d %d\n", sa[0] == nil, len sa[1], len sa);
	ra := array[2] of real;
	ba := array[2] of big;
	ba[1] = big 1 << 40;
	by := array[4] of byte;
	by[3] = byte 7;
	sys->print("%g %bd %bd %d %d\n", ra[1], ba[0], ba[1], int by[0], int by[3]);

	b := a;
	b[0] = 99;
	sys->print("%d %d %d\n", a[0], a == b, a != b);
	c := array[5] of int;
	sys->print("%d\n", a == c);

	n := 3;
	x := array[n] of int;
	x[n-1] = n;
	sys->print("%s\n", show(x));
	e := array[0] of int;
	na: array of int;
	sys->print("%d %d %d %d\n", len e, e == nil, len na, na == nil);

	double(a);
	sys->print("%s\n", show(a));
	sys->print("%s\n", show(seq(6)));

	a[2] += 10;
	a[3]++;
	--a[4];
	sys->print("%s\n", show(a));
	j := 0;
	a[j++] += 5;
	a[j++] -= 1;
	sys->print("%s %d\n", show(a), j);

	# reverse in place
	r := seq(7);
	hi := len r - 1;
	for(lo := 0; lo < hi; lo++){
		(r[lo], r[hi]) = (r[hi], r[lo]);
		hi--;
	}
	sys->print("%s\n", show(r));
}
