# Function references: declared, assigned from functions and module
# members, stored in adts and arrays, passed, returned and called.
implement Fnref;

include "sys.m";
	sys: Sys;

Fnref: module {
	init: fn();
	twice: fn(x: int): int;
};

Op: adt {
	name: string;
	f: ref fn(a, b: int): int;
};

add(a, b: int): int
{
	return a + b;
}

mul(a, b: int): int
{
	return a * b;
}

twice(x: int): int
{
	return 2 * x;
}

compose(f, g: ref fn(x: int): int): ref fn(x: int): int
{
	if(f == nil)
		return g;
	return f;
}

apply(ops: array of Op, a, b: int)
{
	for(i := 0; i < len ops; i++)
		sys->print("%s %d\n", ops[i].name, ops[i].f(a, b));
}

init()
{
	sys = load Sys Sys->PATH;
	ops := array[] of {Op("add", add), Op("mul", mul)};
	apply(ops, 3, 4);
	t: ref fn(x: int): int;
	t = twice;
	h := compose(t, twice);
	x := h(t(1));
	p := sys->print;
	p("%d\n", x);
	fs := array[2] of ref fn(x: int): int;
	fs[0] = twice;
	x = fs[0](x);
	r := ref Op("r", add);
	x = r.f(1, 2);
}
