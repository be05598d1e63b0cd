# A polymorphic adt with a constraint whose member functions call each
# other and T.lt (the constraint passed along with self), a member
# function with a type parameter of its own, and a polymorphic function
# that makes the adt of its own T.
implement BPolymeth;

include "sys.m";
	sys: Sys;
include "draw.m";

BPolymeth: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Num: adt {
	v:	int;
	lt:	fn(a, b: ref Num): int;
};

Set: adt[T]
	for {
	T =>
		lt:	fn(a, b: T): int;
	}
{
	items:	list of T;

	add:	fn(s: self ref Set[T], x: T);
	addall:	fn(s: self ref Set[T], l: list of T);
	has:	fn(s: self ref Set[T], x: T): int;
	map:	fn[U](s: self ref Set[T], f: ref fn(x: T): U): list of U;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := ref Set[ref Num](nil);
	s.addall(ref Num(3) :: ref Num(1) :: ref Num(3) :: ref Num(2) :: nil);
	sys->print("n %d has2 %d has5 %d\n", len s.items, s.has(ref Num(2)), s.has(ref Num(5)));
	l := s.map(show);
	out := "";
	for(; l != nil; l = tl l)
		out += " " + hd l;
	sys->print("map%s\n", out);
	sys->print("fill %d\n", len fill(ref Num(9) :: ref Num(8) :: ref Num(9) :: nil).items);
}

show(n: ref Num): string
{
	return "<" + string n.v + ">";
}

# a polymorphic function making a constrained adt of its own T
fill[T](l: list of T): ref Set[T]
	for { T => lt: fn(a, b: T): int; }
{
	s := ref Set[T](nil);
	s.addall(l);
	return s;
}

Set[T].add(s: self ref Set[T], x: T)
{
	if(!s.has(x))
		s.items = x :: s.items;
}

Set[T].addall(s: self ref Set[T], l: list of T)
{
	for(; l != nil; l = tl l)
		s.add(hd l);
}

Set[T].has(s: self ref Set[T], x: T): int
{
	for(l := s.items; l != nil; l = tl l)
		if(!T.lt(x, hd l) && !T.lt(hd l, x))
			return 1;
	return 0;
}

Set[T].map[U](s: self ref Set[T], f: ref fn(x: T): U): list of U
{
	r: list of U;
	for(l := s.items; l != nil; l = tl l)
		r = f(hd l) :: r;
	return r;
}

Num.lt(a, b: ref Num): int
{
	return a.v < b.v;
}
