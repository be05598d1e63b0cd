# A library module for b_polymod: polymorphic code compiled once, its
# constraint functions those of the caller's adts, in the caller's
# module.
implement PolyLib;

include "polylib.m";

min[T](l: list of T): T
	for { T => lt: fn(a, b: T): int; }
{
	m := hd l;
	for(l = tl l; l != nil; l = tl l)
		if(T.lt(hd l, m))
			m = hd l;
	return m;
}

Bag[T].least(b: self ref Bag[T]): T
{
	return min(b.items);
}
