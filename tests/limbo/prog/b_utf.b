# UTF-8 through Sys: byte2char over characters of 1 to 4 bytes, an
# invalid byte, a sequence cut short at the end, indexes out of range;
# char2byte (too little room gives 0, bad code points become U+FFFD);
# utfbytes leaving out a trailing partial sequence; conversions between
# string and array of byte, with invalid bytes and a cut sequence.
implement BUtf;

include "sys.m";
	sys: Sys;
include "draw.m";

BUtf: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "aé€😀";
	buf := array of byte s;
	sys->print("len %d bytes %d\n", len s, len buf);
	for(i := 0; i < len buf; ){
		(c, w, ok) := sys->byte2char(buf, i);
		sys->print("at %d: %d %d %d\n", i, c, w, ok);
		i += w;
	}
	bad := array[] of {byte 16rff, byte 'x'};
	(c, w, ok) := sys->byte2char(bad, 0);
	sys->print("invalid %d %d %d\n", c, w, ok);
	(c, w, ok) = sys->byte2char(array[] of {byte 16r80}, 0);
	sys->print("continuation %d %d %d\n", c, w, ok);
	(c, w, ok) = sys->byte2char(array[] of {byte 16rE2, byte 16r82}, 0);
	sys->print("cut %d %d %d\n", c, w, ok);
	{
		(c, w, ok) = sys->byte2char(buf, len buf);
		sys->print("past end %d\n", c);
	} exception e {
	"*" =>
		sys->print("past end: %s\n", e);
	}

	b := array[4] of {* => byte 0};
	sys->print("euro %d:", sys->char2byte('€', b, 0));
	for(i = 0; i < 3; i++)
		sys->print(" %d", int b[i]);
	sys->print("\n");
	sys->print("smiley %d A %d no room %d\n", sys->char2byte(16r1F600, b, 0),
		sys->char2byte('A', b, 3), sys->char2byte('€', b, 2));
	sys->print("negative %d:", sys->char2byte(-5, b, 0));
	for(i = 0; i < 3; i++)
		sys->print(" %d", int b[i]);
	sys->print("\n");
	nb := sys->char2byte(16r110000, b, 1);
	sys->print("too big %d %d\n", nb, int b[3]);
	{
		sys->char2byte('x', b, 4);
		sys->print("not reached\n");
	} exception e {
	"*" =>
		sys->print("char2byte at 4: %s\n", e);
	}

	sys->print("utfbytes %d %d %d %d\n", sys->utfbytes(buf, 10), sys->utfbytes(buf, 5),
		sys->utfbytes(buf, 7), sys->utfbytes(buf, 0));
	{
		sys->utfbytes(buf, 11);
	} exception e {
	"*" =>
		sys->print("utfbytes 11: %s\n", e);
	}

	t := string buf;
	sys->print("back %s %d %d %d\n", t, len t, t == s, t[3]);
	u := string array[] of {byte 'a', byte 16rff, byte 'b'};
	sys->print("invalid %d %d\n", len u, u[1]);
	v := string array[] of {byte 'a', byte 16rE2, byte 16r82};
	sys->print("cut %d %s\n", len v, v);
	sys->print("slice %s %d %d\n", s[1:3], '€', '\u20ac');
}
