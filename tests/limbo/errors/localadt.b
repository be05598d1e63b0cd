implement T;
init()
{
	A: adt { x: int; };
	M: module { f: fn(); };
	x := 1;
}
