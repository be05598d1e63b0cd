implement Apicklist;

# a list built by consing refs of different pick variants: the list's
# element type is their common parent, ref Expr

include "sys.m";
	sys: Sys;
include "draw.m";

Apicklist: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Expr: adt {
	pick {
	Num =>
		v:	int;
	Add or Mul =>
		l, r:	ref Expr;
	}
};

eval(e: ref Expr): int
{
	pick x := e {
	Num =>
		return x.v;
	Add =>
		return eval(x.l) + eval(x.r);
	Mul =>
		return eval(x.l) * eval(x.r);
	}
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	two := ref Expr.Num(2);
	l := ref Expr.Add(two, ref Expr.Num(3)) :: ref Expr.Num(7) :: ref Expr.Mul(two, two) :: nil;
	sys->print("%d\n", len l);
	for(; l != nil; l = tl l)
		sys->print("tag %d value %d\n", tagof hd l, eval(hd l));
	e := ref Expr.Mul(ref Expr.Add(two, ref Expr.Num(5)), ref Expr.Num(6));
	sys->print("%d\n", eval(e));
}
