implement T;
init()
{
	spawn f;
	spawn (1 + 2);
	spawn f(1);
}
