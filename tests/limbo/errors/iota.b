implement T;
T: module { init: fn(); };
A, B: con iota;
x := iota;
init()
{
	y := iota + A;
	C: con iota * 2;
}
