implement Acasestr;

# case on strings: exact labels, alternatives, an inclusive string
# range, the empty string (which nil matches), the * arm; small and
# larger label sets

include "sys.m";
	sys: Sys;
include "draw.m";

Acasestr: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

what(s: string): string
{
	case s {
	"apple" or "pear" =>
		return "fruit";
	"carrot" =>
		return "veg";
	"x" to "z" =>
		return "x-z";
	"" =>
		return "empty";
	"é" =>
		return "e-acute";
	* =>
		return "unknown";
	}
	return "unreachable";
}

yesno(s: string): int
{
	r := -1;
	case s {
	"yes" =>
		r = 1;
	"no" =>
		r = 0;
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	tests := array[] of {"apple", "pear", "carrot", "", "x", "xylophone", "z", "za", "w", "Apple", "é", "e", "pea", "pears"};
	for(i := 0; i < len tests; i++)
		sys->print("%q:%s\n", tests[i], what(tests[i]));
	n: string;
	sys->print("nil:%s\n", what(n));
	built := "car";
	built += "rot";
	sys->print("%s:%s\n", built, what(built));
	sys->print("%d %d %d %d\n", yesno("yes"), yesno("no"), yesno("maybe"), yesno(nil));

	# count words by kind
	words := list of {"pear", "zebra", "apple", "yak", "fig", "pear"};
	fruit := 0;
	xz := 0;
	other := 0;
	for(; words != nil; words = tl words)
		case hd words {
		"apple" or "pear" or "fig" =>
			fruit++;
		"x" to "zz" =>
			xz++;
		* =>
			other++;
		}
	sys->print("%d %d %d\n", fruit, xz, other);
}
