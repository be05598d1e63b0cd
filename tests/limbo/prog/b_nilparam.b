# Parameters named nil (unused) of several types, functions without
# results and with bare return, early returns from inside nested loops
# and case, a function whose result is another call's, and functions
# used before their definitions.
implement BNilparam;

include "sys.m";
	sys: Sys;
include "draw.m";

BNilparam: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

count := 0;
log: string;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("first %d\n", first(1, 2, "three"));
	sys->print("second %d\n", second(big 4, 5));
	ignore(ref Point(1, 2), 1 :: nil, array[3] of byte);
	ignore(nil, nil, nil);
	ignore(nil, nil, nil);
	sys->print("count %d\n", count);
	sys->print("choose %g\n", choose(0, 1.5, 2.5));
	sys->print("choose %g\n", choose(1, 1.5, 2.5));
	a := array[] of {4, 8, 15, 16, 23, 42};
	sys->print("find %d %d %d\n", find(a, 4), find(a, 23), find(a, 5));
	grid := array[] of {array[] of {1, 2, 3}, array[] of {4, 5, 6}, array[] of {7, 8, 9}};
	(r, c) := locate(grid, 6);
	sys->print("locate 6 %d %d\n", r, c);
	(r, c) = locate(grid, 10);
	sys->print("locate 10 %d %d\n", r, c);
	for(i := 0; i < 5; i++)
		note(i);
	sys->print("log %s\n", log);
	sys->print("kind %s %s %s %s\n", kind(0), kind(3), kind(50), kind(-1));
	sys->print("outer %d\n", outer(6));
}

first(a: int, nil: int, nil: string): int
{
	return a;
}

second(nil: big, b: int): int
{
	return b;
}

ignore(nil: ref Point, nil: list of int, nil: array of byte)
{
	count++;
}

choose(which: int, a, b: real): real
{
	if(which == 0)
		return a;
	return b;
}

find(a: array of int, x: int): int
{
	for(i := 0; i < len a; i++)
		if(a[i] == x)
			return i;
	return -1;
}

locate(g: array of array of int, x: int): (int, int)
{
	for(i := 0; i < len g; i++)
		for(j := 0; j < len g[i]; j++)
			if(g[i][j] == x)
				return (i, j);
	return (-1, -1);
}

note(i: int)
{
	if(i == 2)
		return;
	log += string i;
	if(i % 2)
		return;
	log += ".";
}

kind(n: int): string
{
	case n {
	0 =>
		return "zero";
	1 to 9 =>
		return "small";
	* =>
		if(n < 0)
			return "negative";
	}
	return "large";
}

outer(n: int): int
{
	return inner(n, n-1);
}

inner(a, b: int): int
{
	return a * b;
}
