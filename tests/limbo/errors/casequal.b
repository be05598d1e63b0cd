implement T;
T: module { init: fn(); };
K: con 5;
init()
{
	i := 3;
	b := big 1;
	s := "s";
	case i {
	1 to 3 =>
		;
	3 =>
		;
	K or 4 =>
		;
	'a' to 'z' =>
		;
	'm' =>
		;
	"str" =>
		;
	9 to 7 =>
		;
	i =>
		;
	* or * =>
		;
	}
	case b {
	big 1 to big 5 =>
		;
	big 1 =>
		;
	}
	case s {
	"a" or "b" =>
		;
	"b" =>
		;
	1 =>
		;
	}
	r := 1.5;
	case r {
	* =>
		;
	}
}
