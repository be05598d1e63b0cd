# case on integers, characters, strings and big, with ranges, or and *.
implement Case;

Case: module {
	init: fn();
};

K: con 10;

init()
{
	n := 3;
	case n {
	0 =>
		n = 1;
	1 or 2 =>
		n = 2;
		n++;
	3 to 5 or 7 =>
		;
	K to K + 10 =>
		{
			n = 0;
		}
	* =>
		n = -1;
	}
	c := 'x';
	case c {
	'a' to 'z' or 'A' to 'Z' or '_' =>
		c = 0;
	'0' to '9' =>
		c = 1;
	}
	s := "hello";
	case s {
	"hello" or "hi" =>
		s = "greeting";
	"" =>
		s = nil;
	* =>
		if(s == "x")
			s = "y";
	}
	b := big 5;
	case b {
	big 1 =>
		b = big 0;
	big 5 or big 6 =>
		b++;
	}
	case n {
	}
	case n {
	1 =>
	2 =>
		x := array[2] of int;
		x[0] = 1;
	}
}
