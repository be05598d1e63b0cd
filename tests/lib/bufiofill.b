implement Test;

# Tests of Bufio's setfill: a BufioFill module refills a buffer that
# has run dry. This module is its own BufioFill: it loads itself again
# from where the runner puts it (/t/bufiofill.dis).

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
	fill:	fn(b: ref Bufio->Iobuf): int;
};

Self: con "/t/bufiofill.dis";
nfill := 0;	# calls of fill, in the second instance

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->print("cannot load %s: %r\n", Bufio->PATH);
		raise "fail:load";
	}
	filler();
}

pd(n: int)
{
	sys->print("%d ", n);
}

ps(s: string)
{
	t := "";
	for(i := 0; i < len s; i++)
		if(s[i] == '\n')
			t += "\\n";
		else
			t[len t] = s[i];
	sys->print("\"%s\" ", t);
}

nl()
{
	sys->print("\n");
}

# three blocks of two lines each, then the end
fill(b: ref Bufio->Iobuf): int
{
	if(sys == nil)
		sys = load Sys Sys->PATH;	# this instance ran no init
	if(nfill >= 3)
		return Bufio->EOF;
	nfill++;
	a := array of byte sys->sprint("fill %d a\nfill %d b\n", nfill, nfill);
	b.buffer[0:] = a;
	return len a;
}

filler()
{
	sys->print("filler\n");
	f := load BufioFill Self;
	if(f == nil){
		sys->print("cannot load %s: %r\n", Self);
		return;
	}
	b := bufio->aopen(array[64] of byte);
	b.setfill(f);
	# the aopen buffer's own 64 bytes come first
	a := array[64] of byte;
	pd(b.read(a, len a));
	while((s := b.gets('\n')) != nil)
		ps(s);
	pd(b.getc());
	nl();
	b.close();
	pd(b.getc());
	nl();
}
