implement Wc;

#
# wc [-lwcm] [file ...]: counts lines, words, characters and bytes.
#
include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Wc: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Counts: adt {
	lines, words, chars: int;
	bytes: big;

	add:	fn(c: self ref Counts, d: ref Counts);
	text:	fn(c: self ref Counts, flags: string): string;
};

total := 0;
stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->fprint(stderr, "wc: cannot load %s: %r\n", Bufio->PATH);
		raise "fail:init";
	}
	flags := "";
	for(argv = tl argv; argv != nil && (hd argv)[0] == '-'; argv = tl argv)
		flags += (hd argv)[1:];
	if(flags == "")
		flags = "lwc";
	all := ref Counts(0, 0, 0, big 0);
	n := 0;
	for(; argv != nil; argv = tl argv){
		c := count(hd argv);
		if(c == nil)
			continue;
		sys->print("%s %s\n", c.text(flags), hd argv);
		all.add(c);
		n++;
	}
	if(n > 1)
		sys->print("%s total\n", all.text(flags));
}

count(file: string): ref Counts
{
	f := bufio->open(file, Bufio->OREAD);
	if(f == nil){
		sys->fprint(stderr, "wc: can't open %s: %r\n", file);
		return nil;
	}
	c := ref Counts;
	inword := 0;
	while((r := f.getc()) != Bufio->EOF){
		c.chars++;
		if(r < 16r80)
			c.bytes += big 1;
		else if(r < 16r800)
			c.bytes += big 2;
		else
			c.bytes += big 3;
		if(r == '\n')
			c.lines++;
		if(r == ' ' || r == '\t' || r == '\n')
			inword = 0;
		else if(!inword){
			inword = 1;
			c.words++;
		}
	}
	return c;
}

Counts.add(c: self ref Counts, d: ref Counts)
{
	c.lines += d.lines;
	c.words += d.words;
	c.chars += d.chars;
	c.bytes += d.bytes;
}

Counts.text(c: self ref Counts, flags: string): string
{
	s := "";
	for(i := 0; i < len flags; i++)
		case flags[i] {
		'l' =>
			s += sys->sprint(" %7d", c.lines);
		'w' =>
			s += sys->sprint(" %7d", c.words);
		'c' or 'm' =>
			s += sys->sprint(" %7d", c.chars);
		'b' =>
			s += sys->sprint(" %7bd", c.bytes);
		* =>
			raise "fail:usage";
		}
	return s[1:];
}
