# Polymorphic functions over lists, arrays and tuples of T, with T
# bound to string, ref adts, lists and arrays (type parameters bind
# only to reference types); a polymorphic function calling another and
# taking a function reference over T.
implement BPoly;

include "sys.m";
	sys: Sys;
include "draw.m";

BPoly: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Item: adt {
	name:	string;
	n:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := "alpha" :: "beta" :: "gamma" :: "delta" :: nil;
	items := ref Item("x", 1) :: ref Item("y", 2) :: ref Item("z", 3) :: nil;
	sys->print("length %d %d %d\n", length(words), length(items), length(rev(items)));
	rw := rev(words);
	sys->print("rev %s %s\n", hd rw, last(rw));
	sys->print("nth %s %s %d\n", nth(words, 2), nth(items, 1).name, nth(rev(items), 0).n);
	both := append(words, rw);
	sys->print("append %d %s %s\n", length(both), nth(both, 3), nth(both, 4));
	up := map(upper, words);
	sys->print("map %s %s (%s)\n", hd up, last(up), hd words);
	grown := map(grow, items);
	sys->print("map items %d %d %d, shared %d\n", nth(grown, 0).n, nth(grown, 2).n, (hd items).n, hd grown == hd items);
	a := toarray(words);
	sys->print("toarray %d %s %s\n", len a, a[0], a[3]);
	ia := toarray(items);
	ia[1].n = 20;
	sys->print("toarray items %d %d\n", len ia, nth(items, 1).n);
	sys->print("count %d %d\n", count(words, longer4), count(items, odd));
	(p, q) := swap(("left", "right"));
	sys->print("swap %s %s\n", p, q);
	(r1, r2) := swap((hd items, last(items)));
	sys->print("swap %s %s\n", r1.name, r2.name);
	e: list of int;
	ll := (1 :: 2 :: nil) :: (3 :: nil) :: e :: nil;
	sys->print("lists %d %d %d\n", length(ll), len hd ll, len last(ll));
	aa := array[] of {1, 2, 3} :: array[] of {4} :: nil;
	sys->print("arrays %d %d\n", len hd aa, len last(aa));
	sys->print("empty %d\n", length(tl tl tl tl words));
}

length[T](l: list of T): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

rev[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

last[T](l: list of T): T
{
	while(tl l != nil)
		l = tl l;
	return hd l;
}

nth[T](l: list of T, n: int): T
{
	while(n-- > 0)
		l = tl l;
	return hd l;
}

append[T](a, b: list of T): list of T
{
	if(a == nil)
		return b;
	return hd a :: append(tl a, b);
}

map[T](f: ref fn(x: T): T, l: list of T): list of T
{
	if(l == nil)
		return nil;
	return f(hd l) :: map(f, tl l);
}

toarray[T](l: list of T): array of T
{
	a := array[length(l)] of T;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	return a;
}

count[T](l: list of T, p: ref fn(x: T): int): int
{
	n := 0;
	for(; l != nil; l = tl l)
		if(p(hd l))
			n++;
	return n;
}

swap[T](t: (T, T)): (T, T)
{
	(a, b) := t;
	return (b, a);
}

upper(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] += 'A' - 'a';
	return s;
}

grow(it: ref Item): ref Item
{
	return ref Item(it.name + it.name, it.n * 10);
}

longer4(s: string): int
{
	return len s > 4;
}

odd(it: ref Item): int
{
	return it.n % 2;
}
