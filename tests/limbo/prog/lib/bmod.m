# Interface of a library module for the b_mod* tests: exported data,
# an adt with member functions, a typed exception, functions taking
# and returning references, and a thread body. Loaded from
# /dis/lib/bmod.dis; never run on its own.
BMod: module
{
	PATH:	con "/dis/lib/bmod.dis";
	Scale:	con 1000;

	count:	int;
	label:	string;
	hist:	list of int;

	Pair: adt {
		a, b:	int;

		sum:	fn(p: self Pair): int;
		swap:	fn(p: self ref Pair);
	};

	Oops:	exception(int, string);

	add:	fn(a, b: int): int;
	square:	fn(x: int): int;
	divmod:	fn(a, b: int): (int, int);
	bump:	fn(n: int): int;
	tabget:	fn(i: int): int;
	tabset:	fn(i, v: int);
	apply:	fn(f: ref fn(x: int): int, x: int): int;
	getsq:	fn(): ref fn(x: int): int;
	fail:	fn(s: string);
	oops:	fn(n: int);
	worker:	fn(c: chan of int, reply: chan of string);
	describe:	fn(): string;
	mkpair:	fn(a, b: int): ref Pair;
};
