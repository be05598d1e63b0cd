implement Abyte;

# byte arithmetic: wrap at 256, unsigned division, comparisons and
# shifts, bitwise operators, conversions, ++ and -- and +=

include "sys.m";
	sys: Sys;
include "draw.m";

Abyte: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	b := byte 250;
	c := byte 10;
	sys->print("%d %d %d\n", int (b + c), int (c - b), int (b * c));
	sys->print("%d %d %d %d\n", int (b / c), int (b % c), int (b / byte 7), int (b % byte 7));

	# comparisons are unsigned
	sys->print("%d %d %d %d\n", b > c, b > byte 127, byte 128 < byte 127, b == byte 250);

	# >> is logical; << drops the high bits
	sys->print("%d %d %d %d\n", int (b >> 1), int (byte 16r81 << 1), int (b << 4), int (byte 255 >> 7));
	sys->print("%d %d %d %d\n", int (b & c), int (b | byte 5), int (b ^ byte 255), int ~b);

	x := 300;
	y := -1;
	sys->print("%d %d %d %d %d\n", int byte 300, int byte x, int byte y, int byte 200, int byte 'A');
	sys->print("%s %s\n", string b, string (b + c));

	d := byte 255;
	d++;
	sys->print("%d\n", int d);
	d--;
	sys->print("%d\n", int d);
	e := d++;
	sys->print("%d %d\n", int e, int d);

	s := byte 0;
	for(i := 0; i < 100; i++)
		s += byte i;
	sys->print("sum %d\n", int s);

	a := array[] of {byte 1, byte 2, byte 255};
	a[2] += byte 2;
	a[0] -= byte 2;
	a[1] *= byte 200;
	sys->print("%d %d %d\n", int a[0], int a[1], int a[2]);

	# a checksum that needs the wrap
	msg := array of byte "Hello, world";
	sum := byte 0;
	for(i = 0; i < len msg; i++)
		sum += msg[i];
	sys->print("checksum %d\n", int sum);
	sys->print("%d\n", int (byte 0 - byte 1));
}
