# Exceptions the machine raises, caught by string: "array bounds
# error" (index past either end, of a nil array, bad slices, string
# index and slice, a[i:] = b too long), "dereference of nil" (field of
# a nil ref, through a nil self, hd and tl of nil, send and receive on
# a nil channel, index of a nil string), "zero divide" (int, big and
# byte / and %), "negative array size", and a real division by zero
# ("sys: fp:" prefix); the program goes on after each.
implement BExcvm;

include "sys.m";
	sys: Sys;
include "draw.m";

BExcvm: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	v:	int;
	next:	cyclic ref Node;

	get:	fn(n: self ref Node): int;
};

Ncases: con 22;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < Ncases; i++){
		{
			sys->print("%d: %s\n", i, try(i));
		} exception e {
		"sys: fp:*" =>
			sys->print("%d: fp trap\n", i);
		"*" =>
			sys->print("%d: exception %s\n", i, e);
		}
	}
	sys->print("done\n");
}

try(i: int): string
{
	a := array[3] of int;
	na: array of int;
	s := "abc";
	ns: string;
	n: ref Node;
	l: list of int;
	c: chan of int;
	zero := 0;
	bzero := big 0;
	b := byte 0;
	k := 3;
	m := -1;
	x := 0.0;
	case i {
	0 =>
		a[k] = 1;
	1 =>
		a[m] = 1;
	2 =>
		return string na[0];
	3 =>
		a = a[2:1];
	4 =>
		a = a[0:k+1];
	5 =>
		return string s[k];
	6 =>
		s = s[1:4];
	7 =>
		a[2:] = array[] of {1, 2};
	8 =>
		return string n.v;
	9 =>
		return string n.get();
	10 =>
		return string hd l;
	11 =>
		l = tl l;
	12 =>
		c <-= 1;
	13 =>
		return string <-c;
	14 =>
		return string ns[0];
	15 =>
		return string (k / zero);
	16 =>
		return string (k % zero);
	17 =>
		return string (big k / bzero);
	18 =>
		return string int (byte k / b);
	19 =>
		a = array[m] of int;
	20 =>
		x = 1.0 / x;
		return string x;
	21 =>
		n = ref Node(5, nil);
		return "fine " + string n.get() + " " + string s[k-1] + " " + string len a[1:];
	}
	return "no exception";
}

Node.get(n: self ref Node): int
{
	return n.v;
}
