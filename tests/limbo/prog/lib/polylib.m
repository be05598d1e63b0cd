# The interface of polylib.b (b_polymod): a polymorphic function and a
# polymorphic adt, both constrained, implemented in another module.
PolyLib: module
{
	PATH:	con "/dis/lib/polylib.dis";

	min:	fn[T](l: list of T): T
		for { T => lt: fn(a, b: T): int; };

	Bag: adt[T]
		for {
		T =>
			lt:	fn(a, b: T): int;
		}
	{
		items:	list of T;

		least:	fn(b: self ref Bag[T]): T;
	};
};
