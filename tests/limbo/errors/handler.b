implement T;
init()
{
	{
		x := 1;
	} exception e {
	+ =>
		x := 2;
	"a" =>
		y := 3;
	}
}
