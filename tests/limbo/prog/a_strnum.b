implement Astrnum;

# conversions between strings and numbers: parsing stops at the first
# character that cannot continue the number, gives 0 for none, and
# saturates; numbers print in decimal, reals in their shortest form

include "sys.m";
	sys: Sys;
include "draw.m";

Astrnum: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

ints := array[] of {
	"42", "  -17xyz", "+8", "abc", "", "12.9", "0x1F", "\t\n 5",
	"007", "- 5", "99999999999", "-99999999999", "2147483647", "-2147483648",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	for(i := 0; i < len ints; i++)
		sys->print("int %q = %d\n", ints[i], int ints[i]);
	ns: string;
	sys->print("int nil = %d\n", int ns);

	sys->print("%bd\n", big "-9223372036854775808");
	sys->print("%bd\n", big " 123456789012345 ");
	s := "99999999999999999999";
	sys->print("%bd\n", big s);
	sys->print("%d\n", int byte "300");

	reals := array[] of {"3.5e2", "  -.25x", "abc", "1e-3", "2", "1.5E+3", "-0"};
	for(i = 0; i < len reals; i++)
		sys->print("real %q = %g\n", reals[i], real reals[i]);

	# numbers to strings
	mn := -2147483647 - 1;
	sys->print("%s %s %s\n", string 0, string mn, string (big mn * big 2));
	rs := array[] of {0.1, 2.5e-7, 1e15, 123456.0, -0.75, 100000000.0, 1234567890123.0, 4.0};
	t := "";
	for(i = 0; i < len rs; i++)
		t += " " + string rs[i];
	sys->print("reals:%s\n", t);
	sys->print("%s %s\n", string 'A', string byte 'A');
	sys->print("%s\n", "n=" + string 5 + "," + string 2.5);

	# a real's text reads back as the same real
	third := 1.0 / 3.0;
	sys->print("%d %s\n", real string third == third, string third);
	sys->print("%d\n", int string 123 + 1);
}
