implement T;
T: module { init: fn(); };
Pt: adt {
	x, y: int;
	f: fn(p: self ref Pt, n: int): int;
};
g(a: int, s: string): real
{
	return 1.0;
}
init()
{
	i := 1;
	b := big 2;
	r := 2.5;
	s := "s";
	i = b;
	i = i + b;
	r = r % r;
	s = s - s;
	if(s)
		i++;
	while(r)
		;
	for(; b; )
		;
	x := g(1);
	y := g(1, 2);
	z := g("a", "b", 3);
	p := ref Pt(1, 2);
	q := Pt(1);
	p.f(1, 2);
	p.nosuch = 3;
	i = p.f("x");
	n: int = "str";
	l := 1 :: 2 :: nil;
	l = "a" :: l;
	c := chan of int;
	c <-= "x";
	return 3;
}
