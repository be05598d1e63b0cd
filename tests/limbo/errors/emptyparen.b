implement T;
init()
{
	x := ();
	y := array[] of int;
	z := list of {};
	w := array[3] of {1, 2 to 3, 4};
}
