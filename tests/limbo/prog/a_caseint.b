implement Acaseint;

# case on int: constants, ranges (inclusive, negative, character),
# alternatives with or, the * arm, no arm taken, extremes of int, and
# break inside an arm leaving only the case

include "sys.m";
	sys: Sys;
include "draw.m";

Acaseint: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

classify(c: int): string
{
	case c {
	'a' to 'z' =>
		return "lower";
	'A' to 'Z' =>
		return "upper";
	'0' to '9' =>
		return "digit";
	' ' or '\t' or '\n' =>
		return "space";
	* =>
		return "other";
	}
	return "unreachable";
}

sign(n: int): string
{
	s := "far";
	case n {
	-10 to -1 =>
		s = "neg";
	0 =>
		s = "zero";
	1 to 10 =>
		s = "pos";
	16r7fffffff or -2147483647-1 =>
		s = "extreme";
	1000000 =>
		s = "million";
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	text := "aZ5 \t!m\n~A9";
	for(i := 0; i < len text; i++)
		sys->print("%s ", classify(text[i]));
	sys->print("\n");

	vals := array[] of {-11, -10, -1, 0, 1, 10, 11, 999999, 1000000, 1000001, 2147483647, -2147483647-1};
	for(i = 0; i < len vals; i++)
		sys->print("%d:%s ", vals[i], sign(vals[i]));
	sys->print("\n");

	for(i = 0; i < 12; i++){
		case i % 4 {
		0 =>
			sys->print("zero");
		1 or 2 =>
			sys->print("low");
		}
		sys->print(".");
	}
	sys->print("\n");

	for(i = 0; i < 5; i++){
		case i {
		2 =>
			sys->print("(two)");
			break;
		}
		sys->print("%d ", i);
	}
	sys->print("\n");

	n := 0;
	for(i = -5; i <= 105; i++)
		case i {
		0 to 9 or 90 to 99 =>
			n++;
		50 =>
			n += 100;
		100 to 200 =>
			n += 1000;
		}
	sys->print("%d\n", n);
}
