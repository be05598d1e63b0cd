implement Decls;

include "sys.m";
include "draw.m";
include "counter.m";

Decls: module
{
	level:	int;
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
	Pt: adt {
		x, y:	int;
	};
};

Shape: adt {
	name:	string;
	pick {
	Circle =>
		r:	real;
	Box or Square =>
		w, h:	int;
	}
};

Node: adt {
	v:	int;
	next:	cyclic ref Node;
};

ctr: Counter;
cb: ref fn(n: int): string;

pair(a: int, s: string): (int, string)
{
	return (a, s);
}

init(nil: ref Draw->Context, argv: list of string)
{
	p: Pt;
	n := len argv;
	for(i := 0; i < n; i++)
		level += i;
	if(n > 1)
		level = n;
	else
		level = 0;
	l := ref Node(n, nil);
	(k, s) := pair(n, "x");
	sh: ref Shape;
}
