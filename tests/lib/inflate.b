implement Test;

# Tests of the inflate filter: streams worked out by hand from RFC 1951
# (fixed codes, a stored block, an overlapping copy), the zlib and gzip
# containers, input given a byte at a time, input left over, and the
# errors of corrupt input.

include "sys.m";
	sys: Sys;
include "draw.m";
include "filter.m";
	inflate: Filter;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

HELLO: con "cb48cdc9c9e70200";	# "hello\n" in one fixed-code block

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inflate = load Filter Filter->INFLATEPATH;
	if(inflate == nil){
		sys->print("cannot load %s: %r\n", Filter->INFLATEPATH);
		raise "fail:load";
	}
	inflate->init();
	run("fixed", "", HELLO, 0);
	run("a byte at a time", "", HELLO, 1);
	run("bytes after the end", "", HELLO + "58595a", 0);
	run("stored", "", "010500faff68656c6c6f", 0);
	run("stored, a byte at a time", "", "010500faff68656c6c6f", 1);
	run("two stored blocks", "", "000300fcff616263010000ffff", 0);
	run("overlapping copy", "", "4b840300", 0);
	run("verbose", "v", HELLO, 0);
	run("zlib", "z", "789c" + HELLO + "084b021f", 0);
	run("zlib, a byte at a time", "z", "789c" + HELLO + "084b021f", 1);
	run("zlib, bad check", "z", "789c" + HELLO + "084b0220", 0);
	run("zlib, bad header", "z", "7800" + HELLO + "084b021f", 0);
	run("zlib, dictionary", "z", "78bb" + HELLO + "084b021f", 0);
	gz := "1f8b08000000000000ff" + HELLO + "20303a3606000000";
	run("gzip", "h", gz, 0);
	run("gzip, a byte at a time", "h", gz, 1);
	run("gzip, two members", "h", gz + gz, 0);
	run("gzip, then other bytes", "h", gz + "0000", 0);
	# FNAME "hi.txt", MTIME 1000
	run("gzip, name and time", "h", "1f8b0808e803000000ff" + hex("hi.txt") + "00" + HELLO + "20303a3606000000", 0);
	run("gzip, bad crc", "h", "1f8b08000000000000ff" + HELLO + "21303a3606000000", 0);
	run("gzip, bad length", "h", "1f8b08000000000000ff" + HELLO + "20303a3607000000", 0);
	run("gzip, bad magic", "h", "1f8c08000000000000ff" + HELLO + "20303a3606000000", 0);
	run("block type 3", "", "07", 0);
	run("cut short", "", "cb48", 0);
	run("nothing", "", "", 0);
	run("stored, bad length check", "", "010500fafe68656c6c6f", 0);
	run("stored, cut short", "", "010500faff6865", 0);
	# fixed block: length 3 at distance 1 with nothing written yet
	run("distance too far back", "", "0302", 0);
	run("bad parameter", "q", HELLO, 0);
}

# run the filter with param on the bytes of hex s, chunk bytes a Fill if
# chunk > 0; print what came out (output reaches the client a window,
# 32 Kbytes, at a time, so none before an error in a short stream)
run(title, param, s: string, chunk: int)
{
	input := unhex(s);
	out := array[0] of byte;
	sys->print("%s:", title);
	rc := inflate->start(param);
	pos := 0;
	for(;;) pick m := <-rc {
	Start =>
		;
	Fill =>
		n := len input - pos;
		if(n > len m.buf)
			n = len m.buf;
		if(chunk > 0 && n > chunk)
			n = chunk;
		m.buf[0:] = input[pos:pos+n];
		pos += n;
		m.reply <-= n;
	Result =>
		o := array[len out + len m.buf] of byte;
		o[0:] = out;
		o[len out:] = m.buf;
		out = o;
		m.reply <-= 0;
	Info =>
		sys->print(" info '%s'", m.msg);
	Finished =>
		sys->print(" %q", string out);
		if(len m.buf > 0 || pos < len input)
			sys->print(", left %d unused", len m.buf + len input - pos);
		sys->print("\n");
		return;
	Error =>
		sys->print(" error '%s' after %d bytes out\n", m.e, len out);
		return;
	}
}

unhex(s: string): array of byte
{
	b := array[len s / 2] of byte;
	for(i := 0; i < len b; i++)
		b[i] = byte (digit(s[2*i]) << 4 | digit(s[2*i+1]));
	return b;
}

digit(c: int): int
{
	if(c >= 'a')
		return c - 'a' + 10;
	return c - '0';
}

hex(s: string): string
{
	h := "";
	for(i := 0; i < len s; i++)
		h += sys->sprint("%.2ux", s[i]);
	return h;
}
