# Statements: blocks, if/else chains, loops with labels, break and
# continue, return, exit, spawn, empty statements.
implement Stmts;

Stmts: module {
	init: fn();
};

worker(c: chan of int, n: int)
{
	for(i := 0; i < n; i++)
		c <-= i;
	exit;
}

f(x: int): int
{
	if(x < 0)
		return -x;
	else if(x == 0)
		return 1;
	else{
		;
		return x;
	}
}

init()
{
	c := chan of int;
	spawn worker(c, 10);
	spawn worker(c, f(3));
	{
		x := 1;
		{
			x++;
		}
	}
	if(1)
		if(0)
			f(1);
		else
			f(2);
	if(1){
		if(0)
			f(1);
	}else
		f(2);
	while(1)
		break;
	do
		f(1);
	while(0);
	do{
		f(2);
		continue;
	}while(0);
	for(;;)
		break;
	for(i := 0;;)
		break;
	for(; i < 10;)
		i++;
outer:
	for(i = 0; i < 10; i++){
	inner:
		while(1){
			if(i == 3)
				continue outer;
			if(i == 5)
				break outer;
			break inner;
		}
	}
lab:	do{
		break lab;
	}while(1);
	x := 0;
	sw: case x {
	0 =>
		break sw;
	}
	;
	return;
}
