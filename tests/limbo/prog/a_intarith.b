implement Aintarith;

# int arithmetic: + - * / % with every sign combination, precedence,
# wrap-around at 32 bits, and division by zero

include "sys.m";
	sys: Sys;
include "draw.m";

Aintarith: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := 17;
	b := 5;
	sys->print("%d %d %d %d %d\n", a+b, a-b, a*b, a/b, a%b);
	n := -17;
	m := -5;
	sys->print("%d %d\n", n/b, n%b);
	sys->print("%d %d\n", a/m, a%m);
	sys->print("%d %d\n", n/m, n%m);
	sys->print("%d %d %d\n", 0/b, a%1, b%a);

	# precedence and associativity
	sys->print("%d %d\n", a + b * 2, (a + b) * 2);
	sys->print("%d %d %d\n", a - b - 2, a / b / 2, a % b * 3);
	sys->print("%d %d %d\n", -a % b, +a, - -a);
	sys->print("%d\n", a - -b);

	# wrap-around
	mx := 2147483647;
	sys->print("%d\n", mx + 1);
	sys->print("%d\n", mx * 2);
	mn := -mx - 1;
	sys->print("%d\n", mn);
	sys->print("%d\n", mn - 1);
	sys->print("%d\n", -mn);
	sys->print("%d\n", mn / 2);
	k := 65536;
	sys->print("%d\n", k * k);
	h := 46341;
	sys->print("%d\n", h * h);
	sys->print("%d\n", mx + mx);

	# division by zero is an exception
	z := a - a;
	{
		x := a / z;
		sys->print("no exception: %d\n", x);
	} exception e {
	"*" =>
		sys->print("a/0: %s\n", e);
	}
	{
		x := a % z;
		sys->print("no exception: %d\n", x);
	} exception e {
	"*" =>
		sys->print("a%%0: %s\n", e);
	}
	sys->print("done\n");
}
