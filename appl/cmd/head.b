implement Head;

# head [-n N | -N] [file ...]: the first N lines (10 by default) of
# each file, or of standard input. Not an Inferno command: this is
# Plan 9's head, which prints no file names between the files.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Head: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->fprint(stderr, "head: cannot load %s: %r\n", Bufio->PATH);
		raise "fail:bad module";
	}
	if(argv != nil)
		argv = tl argv;
	n := 10;
	# -N and -n N (also -nN); the Arg library cannot take -N
	while(argv != nil){
		a := hd argv;
		if(len a < 2 || a[0] != '-')
			break;
		argv = tl argv;
		if(a == "--")
			break;
		if(a[1] == 'n'){
			v := a[2:];
			if(v == nil){
				if(argv == nil)
					usage();
				v = hd argv;
				argv = tl argv;
			}
			n = number(v);
		}else
			n = number(a[1:]);
	}

	stdout := bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	if(argv == nil)
		argv = "-" :: nil;
	status := "";
	for(; argv != nil; argv = tl argv){
		name := hd argv;
		f: ref Iobuf;
		if(name == "-")
			f = bufio->fopen(sys->fildes(0), Bufio->OREAD);
		else
			f = bufio->open(name, Bufio->OREAD);
		if(f == nil){
			stdout.flush();
			sys->fprint(stderr, "head: cannot open %s: %r\n", name);
			status = "open";
			continue;
		}
		# byte by byte, so that the lines come out exactly as read
		for(i := 0; i < n; ){
			c := f.getb();
			if(c < 0)
				break;
			stdout.putb(byte c);
			if(c == '\n')
				i++;
		}
	}
	stdout.flush();
	if(status != nil)
		raise "fail:" + status;
}

# a count: decimal digits only
number(s: string): int
{
	if(s == nil)
		usage();
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			usage();
	return int s;
}

usage()
{
	sys->fprint(stderr, "usage: head [-n N | -N] [file ...]\n");
	raise "fail:usage";
}
