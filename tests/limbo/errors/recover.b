implement T;
init()
{
	x := ;
	y := 1 +;
	if(x
		y = 2;
	z = 3;
	w := (1, 2;
	return;
}

f(a int): int
{
	return a;
}

g(): int
{
	return 1 2;
}
