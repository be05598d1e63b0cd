implement T;
T: module {
	init: fn();
	helper: fn(x: int): int;
	A: adt {
		f: fn(a: self ref A);
		g: fn(a: self ref A);
		x: int;
	};
};
B: adt {
	h: fn();
};
init()
{
}
init()
{
}
A.f(a: self ref A)
{
}
A.f(a: self ref A)
{
}
A.x()
{
}
A.nosuch()
{
}
C.f()
{
}
B.h()
{
}
init.f()
{
}
