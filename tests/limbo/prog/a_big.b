implement Abig;

# big (64-bit) arithmetic: operators, wrap-around, shifts, bitwise,
# comparisons, conversions to and from int, printing with %bd and %bx

include "sys.m";
	sys: Sys;
include "draw.m";

Abig: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := big 1000000007;
	b := big 3;
	sys->print("%bd %bd %bd %bd %bd\n", a+b, a-b, a*b, a/b, a%b);
	n := big -17;
	f := big 5;
	sys->print("%bd %bd %bd %bd\n", n/f, n%f, -n/-f, (-n)%(-f));

	x := big 16r7FFFFFFFFFFFFFFF;
	sys->print("%bd\n", x);
	sys->print("%bd\n", x + big 1);
	sys->print("%bd\n", x * big 2);
	sys->print("%bx\n", x);
	t := 10000000000;
	sys->print("%bd\n", t * big 3);
	sys->print("%bd\n", a * a);

	one := big 1;
	sys->print("%bd %bd\n", one << 40, one << 63);
	m := big -1;
	sys->print("%bd %bd %bd\n", m >> 63, big -256 >> 4, m << 8);
	p := big 16r0F0F0F0F0F0F0F0F;
	sys->print("%bx %bx %bx\n", p & big 16rFFFF, p | big 16rF0, p ^ ~big 0);
	sys->print("%bd\n", ~p);

	sys->print("%d %d %d %d\n", a > b, m < big 0, a == big 1000000007, a != a);
	i := -5;
	sys->print("%bd %d %d\n", big i, int ((one << 32) + big 5), int big 16r80000000);
	sys->print("%s %s\n", string x, string (x + one));

	fact := big 1;
	for(k := 1; k <= 21; k++){
		fact *= big k;
		if(k >= 19)
			sys->print("%d! = %bd\n", k, fact);
	}
	(u, v) := (big 0, big 1);
	for(k = 0; k < 90; k++)
		(u, v) = (v, u + v);
	sys->print("fib 90 = %bd\n", u);

	zero := big 0;
	{
		sys->print("%bd\n", a / zero);
	} exception e {
	"*" =>
		sys->print("big/0: %s\n", e);
	}
}
