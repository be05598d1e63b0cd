# flags: -w
implement T;
T: module { init: fn(); };
g: int;
init()
{
	a := 1;
	b, c: int;
	c = 2;
	(d, nil) := (1, 2);
	{
		e := 3;
	}
	for(i := 0; i < 2; i++)
		;
	x := "used";
	x += "again";
	pick p := ref Sh.A(1) {
	A =>
		;
	}
	g = 1;
}
f(unusedparam: int)
{
}
Sh: adt {
	pick {
	A =>
		n: int;
	}
};
