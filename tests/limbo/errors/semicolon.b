implement T;
T: module { init: fn(); };
init()
{
	x := 1
	y := 2;
}
