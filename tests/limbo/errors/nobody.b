implement T;
f(x: int): int;
g(x: int): int
	return x;
h(x: int)
{
}
