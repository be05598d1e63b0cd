implement T;
T: module { init: fn(); };
A: adt {
	x: int;
	x: string;
	f: fn(a: self ref A);
	f: con 1;
	pick {
	P =>
		x: int;
		y: int;
	Q or P =>
		z: int;
		z: real;
	}
};
M: module {
	f: fn();
	f: int;
};
init()
{
}
