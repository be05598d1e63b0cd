implement Strings;

# strings [file ...]: print the runs of at least 6 printable characters
# in each file (standard input if none), after their byte offset.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Strings: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Minrun: con 6;		# shorter runs are not printed
Maxrun: con 70;		# a run this long is printed at once and a new one begun

out: ref Iobuf;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->fprint(sys->fildes(2), "strings: cannot load %s: %r\n", Bufio->PATH);
		raise "fail:bad module";
	}
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	if(argv != nil)
		argv = tl argv;
	if(argv == nil){
		scan(bufio->fopen(sys->fildes(0), Bufio->OREAD));
		out.flush();
		return;
	}
	several := len argv > 1;
	for(; argv != nil; argv = tl argv){
		# each file named first, as Inferno's does, even one that
		# cannot be opened
		if(several)
			out.puts(hd argv + ":\n");
		f := bufio->open(hd argv, Bufio->OREAD);
		if(f == nil){
			# Inferno's message: no command name, no error text, status kept
			out.flush();
			sys->fprint(sys->fildes(2), "cannot open %s\n", hd argv);
			continue;
		}
		scan(f);
	}
	out.flush();
}

scan(f: ref Iobuf)
{
	run := array[Maxrun] of int;
	n := 0;			# characters in run
	start := big 0;		# offset of run[0]
	off := big 0;		# offset of the next character
	buf := array[Sys->ATOMICIO+Sys->UTFmax] of byte;
	i := 0;			# the next byte to decode
	have := 0;		# end of the bytes read into buf
	eof := 0;
	for(;;){
		if(!eof && have - i < Sys->UTFmax){
			buf[0:] = buf[i:have];
			have -= i;
			i = 0;
			m := f.read(buf[have:], Sys->ATOMICIO);
			if(m <= 0)
				eof = 1;
			else
				have += m;
		}
		if(i == have)
			break;
		(c, w, nil) := sys->byte2char(buf[0:have], i);
		if(w == 0){
			if(!eof)
				continue;	# the rest of the character is still to come
			# cut short by the end: its first byte is bad
			(c, w) = (Sys->UTFerror, 1);
		}
		i += w;
		if(printable(c)){
			if(n == 0)
				start = off;
			run[n++] = c;
			if(n == Maxrun){
				out.puts(sys->sprint("%8bd: %s ...\n", start, text(run[0:n])));
				n = 0;
			}
		}else{
			if(n >= Minrun)
				out.puts(sys->sprint("%8bd: %s\n", start, text(run[0:n])));
			n = 0;
		}
		off += big w;
	}
	if(n >= Minrun)
		out.puts(sys->sprint("%8bd: %s\n", start, text(run[0:n])));
}

printable(c: int): int
{
	return c >= 16r20 && c <= 16r7e || c > 16ra0;
}

text(a: array of int): string
{
	s := "";
	for(i := 0; i < len a; i++)
		s[i] = a[i];
	return s;
}
