implement T;
T: module { init: fn(); };
Sh: adt {
	pick {
	A =>
		x: int;
	}
};
Pt: adt {
	x, y: int;
};
a: ref Sh.A;
b: ref Sh.Nosuch;
c: Pt.A;
init()
{
}
