implement T;
A: adt {
	pick {
	X =>
		x: int;
		pick {
		Y =>
		}
	}
};
