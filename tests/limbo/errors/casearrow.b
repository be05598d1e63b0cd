implement T;
init()
{
	case 1 {
	1 =
		x := 1;
	2 =>
		y := 2;
	+ =>
		z := 3;
	}
}
