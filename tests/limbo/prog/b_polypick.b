# Polymorphic adts beyond the plain: one whose member instantiates it
# with a larger argument (list of T), a pick adt with a type parameter
# in a variant, and member functions declared with the adt's bare name
# (self ref Stack) as well as Stack[T].
implement BPolypick;

include "sys.m";
	sys: Sys;
include "draw.m";

BPolypick: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Tree: adt[T] {
	v:	T;
	kids:	list of ref Tree[list of T];
};

P: adt[T] {
	pick {
	A =>
		x:	T;
	B =>
		y:	int;
	}
};

Stack: adt[T] {
	items:	list of T;

	push:	fn(s: self ref Stack, x: T);
	pop:	fn(s: self ref Stack): T;
	top:	fn(s: self ref Stack[T]): T;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := ref Tree[string]("a", ref Tree[list of string]("b" :: "c" :: nil, nil) :: nil);
	k := hd t.kids;
	sys->print("tree %s %d %s\n", t.v, len k.v, hd tl k.v);
	l := ref P[string].A("x") :: ref P[string].B(7) :: nil;
	for(; l != nil; l = tl l)
		pick q := hd l {
		A =>
			sys->print("A %s\n", q.x);
		B =>
			sys->print("B %d\n", q.y);
		}
	s := ref Stack[string](nil);
	s.push("a");
	s.push("b");
	u: ref Stack[string] = s;
	sys->print("stack %s %s %s\n", u.top(), u.pop(), s.pop());
}

Stack[T].push(s: self ref Stack, x: T)
{
	s.items = x :: s.items;
}

Stack[T].pop(s: self ref Stack): T
{
	x := hd s.items;
	s.items = tl s.items;
	return x;
}

Stack[T].top(s: self ref Stack[T]): T
{
	return hd s.items;
}
