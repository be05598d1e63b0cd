# adts: data, cyclic data, member functions with self, constants, pick.
implement Adts;

Adts: module {
	init: fn();
};

Point: adt {
	x, y: int;

	Zero: con 0;
	add: fn(p: self Point, q: Point): Point;
	eq: fn(p, q: Point): int;
};

Node: adt {
	next: cyclic ref Node;
	v: int;

	length: fn(n: self ref Node): int;
};

Tree: adt {
	l, r: cyclic ref Tree;
	d: array of ref Node;
};

Sh: adt {
	id: int;
	pick {
	A =>
		x: real;
	B or C =>
		s: string;
		b: byte;
	D =>
	}
	area: fn(s: self ref Sh): real;
};

Point.add(p: self Point, q: Point): Point
{
	return Point(p.x + q.x, p.y + q.y);
}

Point.eq(p, q: Point): int
{
	return p.x == q.x && p.y == q.y;
}

Node.length(n: self ref Node): int
{
	c := 0;
	for(; n != nil; n = n.next)
		c++;
	return c;
}

Sh.area(s: self ref Sh): real
{
	pick t := s {
	A =>
		return t.x * t.x;
	B or C =>
		return real len t.s;
	* =>
		return 0.0;
	}
}

init()
{
	p := Point(1, 2);
	q := p.add(Point(3, 4));
	r := ref Point(0, 0);
	*r = q;
	n := ref Node(nil, 1);
	n = ref Node(n, 2);
	s: ref Sh = ref Sh.A(1, 2.0);
	t := ref Sh.B(2, "b", byte 'b');
	x := tagof s + tagof t;
	if(Point.eq(p, q) || p.Zero == Point.Zero)
		x = n.length();
	(a, b) := p;
	v := *r;
}
