implement T;
T: module { init: fn(); };
Op: adt {
	name: string;
	f: ref fn(a, b: int): int;
	g: fn(o: self ref Op, n: int): int;
};
Sh: adt {
	id: int;
	pick {
	Circle =>
		r: real;
	Box =>
		w, h: int;
	}
};
add(a, b: int): int
{
	return a + b;
}
init()
{
	o := ref Op("add", add);
	i := o.f(1, "2");
	i = o.name(1);
	i = Op.g(o, 1);
	i = Op.g(1);
	(a, b) := 1;
	(c, d, e) := (1, 2);
	s := "x";
	if(s == 1)
		;
	1 = i;
	add(1, 2) = 3;
	x := ref Sh.Circle(1, 2.0);
	i = x.r;
	i = x.id + x.w;
	p: Sh;
	f := Op("f", mul);
}
mul(a, b: real): real
{
	return a * b;
}
