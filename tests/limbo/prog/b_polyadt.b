# Polymorphic adts: Stack[T] with member functions, instantiated with
# string, ref adts and lists; Assoc[V] returning nil for a missing key;
# a two-parameter Pair[A, B]; a polymorphic function taking a
# polymorphic adt.
implement BPolyadt;

include "sys.m";
	sys: Sys;
include "draw.m";

BPolyadt: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Stack: adt[T] {
	items:	list of T;
	n:	int;

	new:	fn(): ref Stack[T];
	push:	fn(s: self ref Stack[T], x: T);
	pop:	fn(s: self ref Stack[T]): T;
	peek:	fn(s: self ref Stack[T]): T;
	empty:	fn(s: self ref Stack[T]): int;
};

Assoc: adt[V] {
	keys:	list of string;
	vals:	list of V;

	put:	fn(a: self ref Assoc[V], k: string, v: V);
	get:	fn(a: self ref Assoc[V], k: string): V;
};

Pair: adt[A, B] {
	a:	A;
	b:	B;
};

Point: adt {
	x, y:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := Stack[string].new();
	s.push("a");
	s.push("b");
	s.push("c");
	sys->print("n %d peek %s depth %d\n", s.n, s.peek(), depth(s));
	out := "";
	while(!s.empty())
		out += s.pop();
	sys->print("popped %s n %d empty %d\n", out, s.n, s.empty());

	ps := Stack[ref Point].new();
	for(i := 1; i <= 3; i++)
		ps.push(ref Point(i, i*i));
	p := ps.pop();
	sys->print("point %d %d, left %d, peek %d\n", p.x, p.y, ps.n, ps.peek().y);
	ps.peek().x = 77;
	sys->print("peek again %d\n", ps.pop().x);

	ls := ref Stack[list of int](nil, 0);
	ls.push(1 :: 2 :: 3 :: nil);
	ls.push(nil);
	n1 := len ls.pop();
	sys->print("lists %d %d\n", n1, len ls.pop());

	a := ref Assoc[ref Point](nil, nil);
	a.put("one", ref Point(1, 0));
	a.put("two", ref Point(2, 0));
	sys->print("assoc %d %d nil %d\n", a.get("two").x, a.get("one").x, a.get("three") == nil);
	as := ref Assoc[string](nil, nil);
	as.put("k", "v");
	sys->print("assoc %s '%s'\n", as.get("k"), as.get("missing"));

	pr := ref Pair[string, ref Point]("pt", ref Point(5, 6));
	sys->print("pair %s %d\n", pr.a, pr.b.y);
	q := flip(pr);
	sys->print("flip %d %s\n", q.a.x, q.b);
}

Stack[T].new(): ref Stack[T]
{
	return ref Stack[T](nil, 0);
}

Stack[T].push(s: self ref Stack[T], x: T)
{
	s.items = x :: s.items;
	s.n++;
}

Stack[T].pop(s: self ref Stack[T]): T
{
	x := hd s.items;
	s.items = tl s.items;
	s.n--;
	return x;
}

Stack[T].peek(s: self ref Stack[T]): T
{
	return hd s.items;
}

Stack[T].empty(s: self ref Stack[T]): int
{
	return s.items == nil;
}

Assoc[V].put(a: self ref Assoc[V], k: string, v: V)
{
	a.keys = k :: a.keys;
	a.vals = v :: a.vals;
}

Assoc[V].get(a: self ref Assoc[V], k: string): V
{
	vl := a.vals;
	for(kl := a.keys; kl != nil; kl = tl kl){
		if(hd kl == k)
			return hd vl;
		vl = tl vl;
	}
	return nil;
}

depth[T](s: ref Stack[T]): int
{
	return s.n;
}

flip[A, B](p: ref Pair[A, B]): ref Pair[B, A]
{
	return ref Pair[B, A](p.b, p.a);
}
