implement T;
T: module { init: fn(); };
x: Nosuch;
init()
{
	y := z + 1;
	f(y);
	a: array of Undef;
	b := Gone(1, 2);
	c := array[n] of int;
	{
		inner := 1;
	}
	inner = 2;
	if(1)
		single := 3;
	single = 4;
	for(i := 0; i < 3; i++)
		;
	i = 0;
}
