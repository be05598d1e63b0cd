implement Aarrayslice;

# array slices share the storage of the array they come from (slices of
# slices too); a[i:] = b copies b into a, overlapping copies included;
# functions that work on a slice change the original

include "sys.m";
	sys: Sys;
include "draw.m";

Aarrayslice: module
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

sort(a: array of int)
{
	for(i := 1; i < len a; i++){
		v := a[i];
		j := i;
		for(; j > 0 && a[j-1] > v; j--)
			a[j] = a[j-1];
		a[j] = v;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[] of {0, 1, 2, 3, 4, 5, 6, 7};
	s := a[2:5];
	sys->print("%s %d\n", show(s), len s);
	s[0] = 20;
	a[4] = 40;
	sys->print("%s %s\n", show(a), show(s));
	t := s[1:];
	t[0] = 30;
	sys->print("%s %d\n", show(a), len t);
	sys->print("%s %d %d\n", show(a[:3]), len a[8:], len a[3:3]);

	a[1:] = array[] of {9, 9};
	sys->print("%s\n", show(a));
	s[1:] = array[] of {-1};
	sys->print("%s\n", show(a));
	a[2:] = a[0:4];
	sys->print("%s\n", show(a));
	a[0:] = a[2:6];
	sys->print("%s\n", show(a));
	a[3:] = nil;
	sys->print("%s\n", show(a));

	b := array[] of {5, 3, 8, 1, 9, 2, 7, 4};
	sort(b[2:6]);
	sys->print("%s\n", show(b));
	sort(b);
	sys->print("%s\n", show(b));

	# a copy that does not share: a new array and a[0:] = old
	c := array[len b] of int;
	c[0:] = b;
	c[0] = 100;
	sys->print("%d %d\n", b[0], c[0]);

	names := array[] of {"ant", "bee", "cat", "dog"};
	mid := names[1:3];
	mid[1] = "cow";
	sys->print("%s %s %d\n", names[2], mid[0], len mid);
}
