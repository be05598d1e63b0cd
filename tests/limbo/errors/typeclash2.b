implement T;
T: module { init: fn(); };
Sh: adt {
	pick {
	A =>
		x: int;
	B =>
		s: string;
	}
};
init()
{
	i := 1;
	r := 2.5;
	s := "s";
	l := 1 :: nil;
	s = hd l;
	i = len i;
	a := array[] of {1, "two"};
	i = s[0] + i[0];
	w := nil;
	i = !s;
	i = ~r;
	i = ref i;
	i = *i;
	i = <-i;
	case r {
	* =>
		;
	}
	pick v := i {
	A =>
		;
	}
	sh := ref Sh.A(1);
	pick v := sh {
	A =>
		i = v.x;
		s = v.s;
	B or C =>
		;
	}
	raise 3;
	return 3;
}
h(): int
{
	return;
}
f()
{
}
k()
{
	v := f();
	g := f;
	g();
	n := g;
}
