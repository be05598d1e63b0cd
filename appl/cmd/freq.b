implement Freq;

# freq [-dxocr] [file ...]: how often each byte value (with -r, each
# UTF-8 character) occurs. Counts accumulate across the files and the
# table so far is printed after each one.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";

Freq: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

NVAL:	con 16r4000;	# only values below this are counted and printed

# the fields of a line; none given means all four
Fdec, Foct, Fhex, Fchar: con 1<<iota;

count := array[NVAL] of int;
fields := 0;
runes := 0;
out: ref Iobuf;
stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil)
		nomod(Bufio->PATH);
	arg := load Arg Arg->PATH;
	if(arg == nil)
		nomod(Arg->PATH);
	arg->init(argv);
	while((c := arg->opt()) != 0){
		case c {
		'd' =>	fields |= Fdec;
		'o' =>	fields |= Foct;
		'x' =>	fields |= Fhex;
		'c' =>	fields |= Fchar;
		'r' =>	runes = 1;
		* =>
			sys->fprint(stderr, "freq: unknown option %c\n", c);
			raise "fail:usage";
		}
	}
	if(fields == 0)
		fields = Fdec|Foct|Fhex|Fchar;
	argv = arg->argv();
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	if(argv == nil){
		in := bufio->fopen(sys->fildes(0), Bufio->OREAD);
		tally(in);
		table();
	}
	for(; argv != nil; argv = tl argv){
		in := bufio->open(hd argv, Bufio->OREAD);
		if(in == nil){
			sys->fprint(stderr, "freq: cannot open %s: %r\n", hd argv);
			continue;
		}
		tally(in);
		in.close();
		table();
	}
	out.flush();
}

nomod(path: string)
{
	sys->fprint(stderr, "freq: cannot load %s: %r\n", path);
	raise "fail:bad module";
}

tally(in: ref Iobuf)
{
	for(;;){
		c: int;
		if(runes)
			c = in.getc();
		else
			c = in.getb();
		if(c < 0)
			break;
		if(c < NVAL)
			count[c]++;
	}
}

table()
{
	for(c := 0; c < NVAL; c++){
		if(count[c] == 0)
			continue;
		if(fields & Fdec)
			out.puts(sys->sprint("%3d ", c));
		if(fields & Foct)
			out.puts(sys->sprint("%.3o ", c));
		if(fields & Fhex)
			out.puts(sys->sprint("%.2x ", c));
		if(fields & Fchar){
			if(c <= 16r20 || c >= 16r7f && c <= 16r9f || c > 16rff && !runes)
				out.puts("- ");
			else
				out.puts(sys->sprint("%c ", c));
		}
		out.puts(sys->sprint("%8d\n", count[c]));
	}
}
