implement Abignum;

# arbitrary precision numbers in arrays of base-10000 limbs: growing
# arrays by copying, carries, zero-padded printing of limbs with %04d

include "sys.m";
	sys: Sys;
include "draw.m";

Abignum: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Base: con 10000;

mulsmall(n: array of int, m: int): array of int
{
	carry := 0;
	for(i := 0; i < len n; i++){
		v := n[i] * m + carry;
		n[i] = v % Base;
		carry = v / Base;
	}
	while(carry > 0){
		bigger := array[len n + 1] of int;
		bigger[0:] = n;
		bigger[len n] = carry % Base;
		carry /= Base;
		n = bigger;
	}
	return n;
}

add(a, b: array of int): array of int
{
	if(len a < len b)
		(a, b) = (b, a);
	r := array[len a + 1] of int;
	carry := 0;
	for(i := 0; i < len a; i++){
		v := a[i] + carry;
		if(i < len b)
			v += b[i];
		r[i] = v % Base;
		carry = v / Base;
	}
	r[len a] = carry;
	if(carry == 0)
		r = r[0:len a];
	return r;
}

text(n: array of int): string
{
	s := string n[len n - 1];
	for(i := len n - 2; i >= 0; i--)
		s += sys->sprint("%04d", n[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	f := array[] of {1};
	for(i := 2; i <= 30; i++)
		f = mulsmall(f, i);
	sys->print("30! = %s (%d limbs)\n", text(f), len f);

	p := array[] of {1};
	for(i = 0; i < 100; i++)
		p = mulsmall(p, 2);
	sys->print("2**100 = %s\n", text(p));

	a := array[] of {0};
	b := array[] of {1};
	for(i = 0; i < 100; i++)
		(a, b) = (b, add(a, b));
	sys->print("fib 100 = %s\n", text(a));
}
