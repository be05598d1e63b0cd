implement Aloops;

# for, while and do-while loops (empty parts, zero and one iterations,
# counting down), if / else if / else chains, the dangling else

include "sys.m";
	sys: Sys;
include "draw.m";

Aloops: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := 0;
	for(i := 1; i <= 100; i++)
		s += i;
	sys->print("%d %d\n", s, i);

	n := 0;
	for(;;){
		n++;
		if(n * n > 50)
			break;
	}
	sys->print("%d\n", n);

	ran := 0;
	while(ran > 0)
		ran = 100;
	do
		ran++;
	while(ran > 100);
	sys->print("%d\n", ran);

	for(i = 10; i > 0; i -= 3)
		sys->print("%d ", i);
	sys->print("\n");

	c := 27;
	steps := 0;
	while(c != 1){
		if(c % 2 == 0)
			c /= 2;
		else
			c = 3 * c + 1;
		steps++;
	}
	sys->print("collatz %d\n", steps);

	sieve := array[50] of {* => 1};
	primes := "";
	for(i = 2; i < len sieve; i++){
		if(!sieve[i])
			continue;
		primes += " " + string i;
		for(j := i * i; j < len sieve; j += i)
			sieve[j] = 0;
	}
	sys->print("primes%s\n", primes);

	for(i = 1; i <= 15; i++){
		if(i % 15 == 0)
			sys->print("FizzBuzz");
		else if(i % 3 == 0)
			sys->print("Fizz");
		else if(i % 5 == 0)
			sys->print("Buzz");
		else
			sys->print("%d", i);
		sys->print(" ");
	}
	sys->print("\n");

	for(a := 0; a < 2; a++)
		for(b := 0; b < 2; b++)
			if(a)
				if(b)
					sys->print("a&b ");
				else
					sys->print("a&!b ");
	sys->print("\n");

	t := "";
	for(i = 1; i <= 3; i++)
		for(j := 1; j <= 3; j++)
			t += string (i * j) + " ";
	sys->print("%s\n", t);
}
