# Type parameters bound (inferred or written) to non-reference types,
# to types without the constraint's functions, or not inferable; wrong
# numbers of type arguments; instantiated types that differ.
implement PolyBind;

PolyBind: module
{
	init:	fn();
};

Point: adt {
	x, y:	int;
};

Num: adt {
	v:	int;
	lt:	fn(a, b: ref Num): int;
};

Bad: adt {
	lt:	fn(a: ref Bad): int;
};

Stack: adt[T] {
	items:	list of T;
};

Sorted: adt[T]
	for {
	T =>
		lt:	fn(a, b: T): int;
	}
{
	items:	list of T;
};

init()
{
	n := length(1 :: 2 :: nil);
	s: ref Stack[int];
	t := ref Stack[string, int](nil);
	p: Point[string];
	u := first[int](nil);
	v := first[string, string](nil);
	ok := ref Sorted[ref Num](nil);
	w := ref Sorted[ref Point](nil);
	x := ref Sorted[ref Bad](nil);
	y := smallest(nil);
	z := smallest(ref Point(1, 2) :: nil);
	i: int = first("a" :: nil);
	str(ref Stack[list of int](nil));
	q := n[string];
}

length[T](l: list of T): int
{
	return len l;
}

first[T](l: list of T): T
{
	return hd l;
}

smallest[T](l: list of T): T
	for { T => lt: fn(a, b: T): int; }
{
	return hd l;
}

str(s: ref Stack[string]): string
{
	return hd s.items;
}
