# Tuples: construction, assignment, unpacking with nil, returning.
implement Tuples;

Tuples: module {
	init: fn();
};

pair(): (int, string)
{
	return (1, "one");
}

triple(x: int): (int, (string, real), big)
{
	return (x, ("t", 1.0), big x);
}

init()
{
	(a, b) := pair();
	(c, nil) := pair();
	(nil, d) := pair();
	(x, (s, r), y) := triple(3);
	(a, b) = (b, a);
	t := (1, 2, 3);
	(e, f, g) := t;
	u: (int, string);
	u = pair();
	(a, nil) = u;
}
