implement Aintbits;

# int bitwise operators, shifts (arithmetic >>), radix constants and
# the precedence of & ^ | against == and +

include "sys.m";
	sys: Sys;
include "draw.m";

Aintbits: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	x := 16r0F0F;
	y := 16r00FF;
	sys->print("%d %d %d\n", x & y, x | y, x ^ y);
	sys->print("%x %x %x\n", x & y, x | y, x ^ y);
	zero := 0;
	sys->print("%d %d %d\n", ~x, ~zero, ~(zero - 1));

	one := 1;
	sys->print("%d %d %d\n", one << 4, one << 30, one << 31);
	neg := -16;
	sys->print("%d %d\n", neg >> 2, neg << 2);
	m1 := -1;
	sys->print("%d %d %x\n", m1 >> 31, m1 >> 1, m1 << 4);
	p := 16r40000000;
	sys->print("%d\n", p >> 30);
	s7 := -7;
	sys->print("%d %d\n", s7 >> 1, s7 / 2);
	sh := 3;
	sys->print("%d %d\n", x << sh, x >> sh);
	sys->print("%d\n", (m1 >> 28) & 16rF);

	# precedence: shifts below +, == above &, & above ^ above |
	sys->print("%d\n", one << 2 + 1);
	sys->print("%d\n", x & y == 255);
	a := 1;
	b := 6;
	c := 3;
	d := 5;
	sys->print("%d %d\n", a | b ^ c & d, ((a | b) ^ c) & d);

	# radix constants
	sys->print("%d %d %d %d %d %d\n", 2r1010, 8r777, 16rFF, 16rff, 36rZZ, 'A');
	w := int 16rFFFFFFFF;
	sys->print("%d\n", w);

	# byte swap by masks and shifts
	v := 16r12345678;
	r := ((v & 16rFF) << 24) | ((v >> 8 & 16rFF) << 16) | ((v >> 16 & 16rFF) << 8) | (v >> 24 & 16rFF);
	sys->print("%x\n", r);

	# count bits by clearing the lowest one each time
	n := 0;
	for(t := 16rF0F0; t != 0; t &= t - 1)
		n++;
	sys->print("%d bits\n", n);
	n = 0;
	for(u := m1; u != 0; u &= u - 1)
		n++;
	sys->print("%d bits\n", n);
}
