implement T;
init()
{
	else
		x := 1;
	y := 1;
}
