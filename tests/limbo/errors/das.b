implement T;
T: module { init: fn(); };
A: adt {
	x: int;
};
init()
{
	a := ref A(1);
	a.x := 2;
	(a, b) := (1, 2);
	(c, 3) := (1, 2);
	(d, nil) := (1, 2);
	f() := 1;
}
f(): int
{
	return 0;
}
