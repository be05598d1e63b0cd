# Casts between the basic types, string and array of byte; named
# fixed-point types.
implement Cast;

Cast: module {
	init: fn();
};

Money: type fixed(0.01);

init()
{
	i := 5;
	b := big i;
	r := real i;
	y := byte i;
	i = int b + int r + int y;
	s := string i + string b + string r + string y;
	i = int "42";
	b = big "42";
	r = real "4.2";
	a := array of byte s;
	s = string a;
	s = string array of byte "x";
	i = int -r;
	i = int real big 3;
	i = int (r * 2.0);
	i = -int r;
	m := Money 2.5;
	r = real m;
	x := fixed(0.5, 10.0) 1.5;
}
