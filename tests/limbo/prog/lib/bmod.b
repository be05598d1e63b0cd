# A library module for the b_mod* tests (interface in bmod.m). Its
# own globals (tab, base, sys) are per instance: each load of
# /dis/lib/bmod.dis has its own copy.
implement BMod;

include "sys.m";
	sys: Sys;
include "bmod.m";

tab := array[] of {10, 20, 30};
base := 1000;

add(a, b: int): int
{
	return a + b;
}

square(x: int): int
{
	return x * x;
}

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}

# count grows by n; hist records every n, newest first
bump(n: int): int
{
	count += n;
	hist = n :: hist;
	return count;
}

tabget(i: int): int
{
	return tab[i];
}

tabset(i, v: int)
{
	tab[i] = v;
}

apply(f: ref fn(x: int): int, x: int): int
{
	return f(x) + base;
}

getsq(): ref fn(x: int): int
{
	return square;
}

fail(s: string)
{
	raise s;
}

oops(n: int)
{
	if(n > 0)
		raise Oops(n, "oops" + string n);
}

# sums what arrives on c until a negative value, adds it to count
worker(c: chan of int, reply: chan of string)
{
	sum := 0;
	while((v := <-c) >= 0)
		sum += v;
	count += sum;
	reply <-= "sum " + string sum;
}

describe(): string
{
	if(sys == nil)
		sys = load Sys Sys->PATH;
	return sys->sprint("%s:%d", label, count);
}

mkpair(a, b: int): ref Pair
{
	return ref Pair(a, b);
}

Pair.sum(p: self Pair): int
{
	return p.a + p.b;
}

Pair.swap(p: self ref Pair)
{
	(p.a, p.b) = (p.b, p.a);
}
