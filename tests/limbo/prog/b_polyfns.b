# Polymorphic functions with constraints (for { T => lt: ... }) called
# as T.lt(a, b), x.lt(y) and (hd l).str(), passing a constraint on to
# another polymorphic function and to themselves; explicit
# instantiation f[T](...) and a reference to f[T]; a polymorphic
# adt with a member function and one that holds itself; a
# constrained call in a spawned thread.
implement BPolyfns;

include "sys.m";
	sys: Sys;
include "draw.m";

BPolyfns: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Num: adt {
	v:	int;
	lt:	fn(a, b: ref Num): int;
	str:	fn(n: self ref Num): string;
};

Word: adt {
	s:	string;
	lt:	fn(a, b: ref Word): int;
	str:	fn(w: self ref Word): string;
};

Box: adt[T] {
	v:	T;
	get:	fn(b: self ref Box[T]): T;
};

Node: adt[T] {
	v:	T;
	next:	ref Node[T];
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nums := ref Num(3) :: ref Num(1) :: ref Num(2) :: nil;
	sys->print("min %d\n", min(nums).v);
	sorted := sort(nums);
	sys->print("sorted %s\n", strs(sorted));
	words := ref Word("pear") :: ref Word("fig") :: ref Word("apple") :: nil;
	sys->print("sorted %s\n", strs(sort(words)));
	sys->print("max %s\n", maxof(words).s);
	# explicit instantiation
	sys->print("first %s\n", first[string]("a" :: "b" :: nil));
	f: ref fn(l: list of ref Num): ref Num;
	f = first[ref Num];
	sys->print("fref %d\n", f(nums).v);
	b := ref Box[string]("boxed");
	sys->print("box %s %s\n", b.get(), b.v);
	n := ref Node[string]("x", ref Node[string]("y", nil));
	sys->print("node %s %s\n", n.v, n.next.v);
	c := chan of int;
	spawn worker(c, nums);
	sys->print("spawned %d\n", <-c);
	# a polymorphic function storing values of T in a tuple and a list
	(x, y) := pair(ref Num(7), ref Num(8));
	sys->print("pair %d %d\n", x.v, y.v);
}

worker(c: chan of int, l: list of ref Num)
{
	c <-= min(l).v;
}

pair[T](a, b: T): (T, T)
{
	l := a :: b :: nil;
	return (hd l, hd tl l);
}

first[T](l: list of T): T
{
	return hd l;
}

min[T](l: list of T): T
	for { T => lt: fn(a, b: T): int; }
{
	m := hd l;
	for(l = tl l; l != nil; l = tl l)
		if(T.lt(hd l, m))
			m = hd l;
	return m;
}

# uses x.lt(y) and passes its own T on to min
maxof[T](l: list of T): T
	for { T => lt: fn(a, b: T): int; }
{
	m := hd l;
	ll := l;
	for(; l != nil; l = tl l)
		if(m.lt(hd l))
			m = hd l;
	if(min(ll) == m)
		sys->print("all equal\n");
	return m;
}

sort[T](l: list of T): list of T
	for { T => lt: fn(a, b: T): int; }
{
	if(l == nil)
		return nil;
	m := min(l);
	r: list of T;
	skipped := 0;
	for(; l != nil; l = tl l)
		if(hd l != m || skipped)
			r = hd l :: r;
		else
			skipped = 1;
	return m :: sort(r);
}

strs[T](l: list of T): string
	for { T => str: fn(x: self T): string; }
{
	s := "";
	for(; l != nil; l = tl l)
		s += " " + (hd l).str();
	return s;
}

Box[T].get(b: self ref Box[T]): T
{
	return b.v;
}

Num.lt(a, b: ref Num): int
{
	return a.v < b.v;
}

Num.str(n: self ref Num): string
{
	return string n.v;
}

Word.lt(a, b: ref Word): int
{
	return a.s < b.s;
}

Word.str(w: self ref Word): string
{
	return w.s;
}
