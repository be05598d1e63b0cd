implement Test;

# Tests of the deflate filter: the exact output for short inputs,
# worked out by hand from RFC 1950-1952 (a fixed-code block, stored
# blocks at level 0, a match, the containers), then round trips through
# the inflate filter of larger data at every level in every container.

include "sys.m";
	sys: Sys;
include "draw.m";
include "filter.m";
	deflate, inflate: Filter;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	deflate = load Filter Filter->DEFLATEPATH;
	inflate = load Filter Filter->INFLATEPATH;
	if(deflate == nil || inflate == nil){
		sys->print("cannot load the filters: %r\n");
		raise "fail:load";
	}
	deflate->init();
	inflate->init();
	hello := array of byte "hello\n";
	show("hello", "", hello);
	show("hello, level 1", "1", hello);
	show("hello, level 9", "9", hello);
	show("empty", "", array[0] of byte);
	show("stored", "0", array of byte "hello");
	show("stored, empty", "0", array[0] of byte);
	show("a match", "", array of byte "aaaaaaaaaa");
	show("a match, level 1", "1", array of byte "aaaaaaaaaa");
	show("zlib", "z", hello);
	show("gzip", "h", hello);
	show("gzip, level 9", "h9", hello);
	show("gzip, level 1", "1h", hello);
	show("verbose", "v", hello);
	show("bad parameter", "x", hello);

	sets := array[] of {
		("text", text(200000)),
		("random", random(70000)),
		("zeros", array[100000] of { * => byte 0 }),
		("runs", runs()),
		("far", far()),
	};
	for(i := 0; i < len sets; i++){
		(name, data) := sets[i];
		for(c := 0; c < 3; c++){
			cont := array[] of {"", "z", "h"};
			cname := array[] of {"raw", "zlib", "gzip"};
			bad := "";
			for(level := 0; level <= 9; level++){
				p := string level + cont[c];
				(z, e) := filter(deflate, p, data, 0);
				if(e != nil){
					bad += sys->sprint(" %d: deflate %s", level, e);
					continue;
				}
				if(level > 0 && name == "zeros" && len z > 1000)
					bad += sys->sprint(" %d: %d bytes", level, len z);
				# incompressible data: no more than stored blocks take
				if(name == "random" && len z > len data + 5 * (len data / 16384 + 1) + 18)
					bad += sys->sprint(" %d: %d bytes", level, len z);
				(o, f) := filter(inflate, cont[c], z, 0);
				if(f != nil)
					bad += sys->sprint(" %d: inflate %s", level, f);
				else if(!same(o, data))
					bad += sys->sprint(" %d: differs", level);
			}
			if(bad == nil)
				bad = " ok";
			sys->print("%s, %s, levels 0-9:%s\n", name, cname[c], bad);
		}
	}
	# input given a few bytes at a time
	t := text(5000);
	(z, nil) := filter(deflate, "h", t, 7);
	(o, nil) := filter(inflate, "h", z, 3);
	sys->print("small fills: %d\n", same(o, t));
}

# the filter's output for data, and its error
filter(f: Filter, param: string, data: array of byte, chunk: int): (array of byte, string)
{
	out := array[len data / 2 + 64] of byte;
	nout := 0;
	pos := 0;
	rc := f->start(param);
	for(;;) pick m := <-rc {
	Start or Info =>
		;
	Fill =>
		n := len data - pos;
		if(n > len m.buf)
			n = len m.buf;
		if(chunk > 0 && n > chunk)
			n = chunk;
		m.buf[0:] = data[pos:pos+n];
		pos += n;
		m.reply <-= n;
	Result =>
		if(nout + len m.buf > len out){
			o := array[2 * (nout + len m.buf)] of byte;
			o[0:] = out[0:nout];
			out = o;
		}
		out[nout:] = m.buf;
		nout += len m.buf;
		m.reply <-= 0;
	Finished =>
		return (out[0:nout], nil);
	Error =>
		return (nil, m.e);
	}
}

# the output of deflate with param for data in hex, with any Info and Error
show(title, param: string, data: array of byte)
{
	sys->print("%s:", title);
	out := "";
	rc := deflate->start(param);
	done := 0;
	for(;;) pick m := <-rc {
	Start =>
		;
	Fill =>
		n := len data - done;
		m.buf[0:] = data[done:];
		done += n;
		m.reply <-= n;
	Result =>
		for(i := 0; i < len m.buf; i++)
			out += sys->sprint("%.2ux", int m.buf[i]);
		m.reply <-= 0;
	Info =>
		sys->print(" info '%s'", m.msg);
	Finished =>
		sys->print(" %s\n", out);
		return;
	Error =>
		sys->print(" error '%s'\n", m.e);
		return;
	}
}

same(a, b: array of byte): int
{
	if(len a != len b)
		return 0;
	for(i := 0; i < len a; i++)
		if(a[i] != b[i])
			return 0;
	return 1;
}

seed := 12345;

rand(): int
{
	seed = seed * 1103515245 + 12345;
	return (seed >> 16) & 16r7fff;
}

# lines of words from a small vocabulary
text(n: int): array of byte
{
	words := array[] of {"the", "deflate", "window", "match", "of", "length", "distance", "a", "Huffman", "code", "block", "tree", "literal", "stored", "fixed", "dynamic"};
	b := array[n] of byte;
	i := 0;
	while(i < n){
		w := array of byte words[rand() % len words];
		for(k := 0; k < len w && i < n; k++)
			b[i++] = w[k];
		if(i < n){
			if(rand() % 10 == 0)
				b[i++] = byte '\n';
			else
				b[i++] = byte ' ';
		}
	}
	return b;
}

random(n: int): array of byte
{
	b := array[n] of byte;
	for(i := 0; i < n; i++)
		b[i] = byte (rand() >> 3);
	return b;
}

# a run of each length from 1 to 400, each of another byte
runs(): array of byte
{
	n := 0;
	for(l := 1; l <= 400; l++)
		n += l;
	b := array[n] of byte;
	i := 0;
	for(l = 1; l <= 400; l++){
		c := byte rand();
		for(k := 0; k < l; k++)
			b[i++] = c;
	}
	return b;
}

# the same 300 bytes again as far back as a match may reach, twice over
far(): array of byte
{
	r := random(300);
	b := array[2 * 32768] of byte;
	b[0:] = random(len b);
	b[0:] = r;
	b[32506:] = r;
	b[65000:] = r[0:200];
	return b;
}
