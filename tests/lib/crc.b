implement Test;

# Tests of Crc: CRC-32's published check values, data fed in pieces,
# reset, and another polynomial (CRC-32C).

include "sys.m";
	sys: Sys;
include "draw.m";
include "crc.m";
	crc: Crc;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	crc = load Crc Crc->PATH;
	if(crc == nil){
		sys->print("cannot load %s: %r\n", Crc->PATH);
		raise "fail:load";
	}
	st := crc->init(0, int 16rffffffff);
	sys->print("table[1] %.8ux table[255] %.8ux\n", st.crctab[1], st.crctab[255]);
	show("check", st, "123456789");
	crc->reset(st);
	show("empty", st, "");
	crc->reset(st);
	show("a", st, "a");
	crc->reset(st);
	show("fox", st, "The quick brown fox jumps over the lazy dog");
	# in two pieces: the second call's result covers both
	crc->reset(st);
	b := array of byte "1234";
	crc->crc(st, b, len b);
	show("pieces", st, "56789");
	# only nb bytes of the buffer count
	crc->reset(st);
	b = array of byte "123456789xyz";
	sys->print("first 9: %.8ux\n", crc->crc(st, b, 9));
	# nb 0 returns the check so far
	sys->print("again: %.8ux\n", crc->crc(st, nil, 0));
	# CRC-32C (Castagnoli), reflected polynomial 16r82f63b78
	c := crc->init(int 16r82f63b78, int 16rffffffff);
	show("crc32c check", c, "123456789");
	# register starting at 0: no final complement either
	z := crc->init(0, 0);
	show("reg 0, empty", z, "");
	show("reg 0, a", z, "a");
}

show(what: string, st: ref Crc->CRCstate, s: string)
{
	b := array of byte s;
	sys->print("%s: %.8ux\n", what, crc->crc(st, b, len b));
}
