implement Generic;

# Polymorphic adts and functions, with constraints.

include "sys.m";
	sys: Sys;

Generic: module
{
	Stack: adt[T] {
		items:	list of T;
		n:	int;

		new:	fn(): ref Stack[T];
		push:	fn(s: self ref Stack[T], x: T);
		pop:	fn(s: self ref Stack[T]): T;
		empty:	fn(s: self ref Stack[T]): int;
	};

	Table: adt[K, V]
		for {
		K =>
			eq:	fn(a, b: K): int;
			hash:	fn(a: K): int;
		}
	{
		buckets:	array of list of (K, V);

		find:	fn(t: self ref Table[K, V], k: K): V;
	};

	init:	fn();
	map:	fn[T](f: ref fn(x: T): T, l: list of T): list of T;
};

Name: adt {
	s:	string;

	eq:	fn(a, b: ref Name): int;
	hash:	fn(a: ref Name): int;
};

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

Stack[T].empty(s: self ref Stack[T]): int
{
	return s.items == nil;
}

Table[K, V].find(t: self ref Table[K, V], k: K): V
{
	for(l := t.buckets[K.hash(k) % len t.buckets]; l != nil; l = tl l){
		(kk, v) := hd l;
		if(K.eq(kk, k))
			return v;
	}
	return nil;
}

Name.eq(a, b: ref Name): int
{
	return a.s == b.s;
}

Name.hash(a: ref Name): int
{
	h := 0;
	for(i := 0; i < len a.s; i++)
		h = h * 31 + a.s[i];
	return h & 16r7fffffff;
}

map[T](f: ref fn(x: T): T, l: list of T): list of T
{
	if(l == nil)
		return nil;
	return f(hd l) :: map(f, tl l);
}

length[T](l: list of T): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

upper(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] -= 'a' - 'A';
	return s;
}

init()
{
	sys = load Sys Sys->PATH;
	s := Stack[string].new();
	s.push("a");
	s.push("b");
	while(!s.empty())
		sys->print("%s\n", s.pop());
	t := ref Table[ref Name, string](array[7] of list of (ref Name, string));
	sys->print("%s\n", t.find(ref Name("x")));
	l := map(upper, "x" :: "y" :: nil);
	sys->print("%d\n", length(l));
	f: ref fn(s: string): string;
	f = upper;
	sys->print("%s\n", f("z"));
}
