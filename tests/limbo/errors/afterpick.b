implement T;
A: adt {
	a: int;
	pick {
	X =>
		x: int;
	}
	b: int;
	f: fn(a: self ref A);
	K: con 1;
};
B: adt {
	pick {
	P =>
	}
	pick {
	Q =>
	}
};
