implement Astrbytes;

# string <-> array of byte: UTF-8 encoding and decoding, lengths in
# characters and bytes, independence of the copies, bad and cut
# sequences, nil and empty cases

include "sys.m";
	sys: Sys;
include "draw.m";

Astrbytes: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

dump(a: array of byte): string
{
	s := "";
	for(i := 0; i < len a; i++){
		if(i > 0)
			s += " ";
		s += string int a[i];
	}
	return "[" + s + "]";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := "héllo, wörld";
	a := array of byte s;
	sys->print("%d %d\n", len s, len a);
	sys->print("%s\n", dump(a[0:4]));
	t := string a;
	sys->print("%s %d\n", t, t == s);
	a[0] = byte 'H';
	sys->print("%s %s\n", string a, s);
	sys->print("%s|%d\n", string a[0:3], len string a[0:3]);
	sys->print("%s|%d\n", string a[0:2], len string a[0:2]);

	bad := array[] of {byte 16rFF, byte 'a'};
	u := string bad;
	sys->print("%d %d %d\n", len u, u[0], u[1]);

	sys->print("%s\n", dump(array of byte "€"));
	smile := "😀";
	sys->print("%d %s %x\n", len smile, dump(array of byte smile), smile[0]);
	sys->print("%s\n", dump(array of byte "\u00e9\u0041"));

	z := "a\0b";
	za := array of byte z;
	sys->print("%d %s %d\n", len z, dump(za), len string za);

	ns: string;
	na := array of byte ns;
	sys->print("%d %d\n", len na, na == nil);
	nb: array of byte;
	sys->print("%d %d\n", string nb == nil, len string nb);
	e := array[0] of byte;
	sys->print("%d %d\n", string e == "", string e == nil);

	# build a string from bytes computed one by one
	b := array[5] of byte;
	for(i := 0; i < 5; i++)
		b[i] = byte ('a' + 2*i);
	sys->print("%s\n", string b);
}
