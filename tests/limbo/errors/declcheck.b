implement T;
T: module {
	init: fn();
	f: fn(x: int): string;
	A: adt {
		x: int;
		m: fn(a: self ref A, y: int);
		n: fn(y: int, a: self A);
		o: fn(b: self ref B);
	};
	B: adt {
		y: int;
	};
};
Loop: adt {
	l: Loop;
};
L1: adt {
	t: (int, L2);
};
L2: adt {
	l: L1;
};
Ok: adt {
	next: cyclic ref Ok;
	pair: (int, ref Ok);
};
g: fn(a: self int);
init()
{
}
f(x: string): string
{
	return x;
}
A.m(a: self ref A, y: int)
{
}
A.n(y: int, a: self A)
{
}
A.o(b: self ref B)
{
}
B.z()
{
}
h(s: self ref A)
{
}
P: adt {
	pick {
	V =>
		p: P;
	W =>
		q: ref P;
	}
};
