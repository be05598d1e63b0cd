implement T;
T: module { init: fn(); };
g: int;
g: string;
h, h: int;
K: con 1;
K := 2;
f(a: int, b: int)
{
	a := 1;
	c := 1;
	c := 2;
	{
		c := "shadow";
		a := 2;
	}
	(c, d) := (1, 2);
	e: int;
	e, f: string;
}
init()
{
	for(i := 0; i < 2; i++)
		;
	for(i := 0; i < 2; i++)
		;
}
