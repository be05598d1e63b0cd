implement Wc;

# wc [-lwceb] [file ...]: count lines, words, characters, badly
# encoded characters and bytes of each file (standard input if none).
# Options are parsed by hand, as on Inferno: option words come first.

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

# the counts, in the order they are printed
Lines, Words, Chars, Errs, Bytes, Ncount: con iota;

stdout: ref Iobuf;
want := array[Ncount] of int;
total := array[Ncount] of {* => big 0};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->fprint(sys->fildes(2), "wc: cannot load %s: %r\n", Bufio->PATH);
		raise "fail:bad module";
	}
	if(argv != nil)
		argv = tl argv;
	any := 0;
	for(; argv != nil; argv = tl argv){
		a := hd argv;
		if(len a < 2 || a[0] != '-')
			break;
		if(a == "--"){
			argv = tl argv;
			break;
		}
		for(i := 1; i < len a; i++){
			case a[i] {
			'l' =>	want[Lines] = 1;
			'w' =>	want[Words] = 1;
			'c' =>	want[Chars] = 1;
			'e' =>	want[Errs] = 1;
			'b' =>	want[Bytes] = 1;
			* =>
				sys->fprint(sys->fildes(2), "usage: wc [-lwcbe] [file ...]\n");
				raise "fail:usage";
			}
			any = 1;
		}
	}
	if(!any)
		want[Lines] = want[Words] = want[Chars] = 1;
	stdout = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	if(argv == nil){
		report(count(sys->fildes(0)), nil);
		stdout.flush();
		return;
	}
	nfiles := len argv;
	for(; argv != nil; argv = tl argv){
		name := hd argv;
		fd := sys->open(name, Sys->OREAD);
		if(fd == nil){
			stdout.flush();
			sys->fprint(sys->fildes(2), "wc: can't open %s: %r\n", name);
			continue;
		}
		c := count(fd);
		for(i := 0; i < Ncount; i++)
			total[i] += c[i];
		report(c, name);
	}
	if(nfiles > 1)
		report(total, "total");
	stdout.flush();
}

# count everything in fd until end of file (or a read error)
count(fd: ref Sys->FD): array of big
{
	c := array[Ncount] of {* => big 0};
	# reads of chunk bytes: it starts small (a pipe's few words) and
	# doubles, up to Sys->ATOMICIO, each time a read fills it
	chunk := 512;
	buf := array[chunk+Sys->UTFmax] of byte;
	have := 0;	# bytes held over: an incomplete character
	inword := 0;
	for(;;){
		n := sys->read(fd, buf[have:], chunk);
		if(n <= 0)
			break;
		full := n == chunk;
		c[Bytes] += big n;
		n += have;
		i := 0;
		while(i < n){
			(r, w, ok) := sys->byte2char(buf[0:n], i);
			if(w == 0)
				break;	# incomplete: wait for the rest
			i += w;
			c[Chars]++;
			if(!ok)
				c[Errs]++;
			case r {
			'\n' =>
				c[Lines]++;
				inword = 0;
			' ' or '\t' =>
				inword = 0;
			* =>
				if(!inword)
					c[Words]++;
				inword = 1;
			}
		}
		have = n - i;
		buf[0:] = buf[i:n];
		if(full && chunk < Sys->ATOMICIO){
			chunk *= 2;
			nb := array[chunk+Sys->UTFmax] of byte;
			nb[0:] = buf[0:have];
			buf = nb;
		}
	}
	# bytes of a character cut short by the end of the file: each is
	# a badly encoded character
	if(have > 0){
		c[Chars] += big have;
		c[Errs] += big have;
		if(!inword)
			c[Words]++;
	}
	return c;
}

report(c: array of big, name: string)
{
	s := "";
	for(i := 0; i < Ncount; i++){
		if(!want[i])
			continue;
		if(s != nil)
			s += " ";
		s += sys->sprint("%7bd", c[i]);
	}
	if(name != nil)
		s += " " + name;
	stdout.puts(s + "\n");
}
