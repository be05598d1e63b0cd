# A type parameter has only the members its constraint names.
implement PolyMem;
PolyMem: module
{
	init:	fn();
};
init()
{
}
f[T](x: T): int
	for { T => lt: fn(a, b: T): int; }
{
	x.v = 1;
	x.lt(x);
	x.gt(x);
	return T.eq(x, x);
}
