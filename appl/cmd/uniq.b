implement Uniq;

# uniq [-udc] [file]: collapse runs of identical adjacent lines of one
# file (standard input by default); -u keeps only lines that were not
# repeated, -d one copy of those that were, -c prefixes the run length.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";

Uniq: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

uflag, dflag, cflag: int;
out: ref Iobuf;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->fprint(stderr, "uniq: cannot load %s: %r\n", Bufio->PATH);
		raise "fail:bad module";
	}
	arg := load Arg Arg->PATH;
	if(arg == nil){
		sys->fprint(stderr, "uniq: cannot load %s: %r\n", Arg->PATH);
		raise "fail:bad module";
	}
	arg->init(argv);
	arg->setusage("uniq [-udc] [file]");
	while((c := arg->opt()) != 0){
		case c {
		'u' =>	uflag = 1;
		'd' =>	dflag = 1;
		'c' =>	cflag = 1;
		* =>	arg->usage();
		}
	}
	argv = arg->argv();
	f: ref Iobuf;
	case len argv {
	0 =>
		f = bufio->fopen(sys->fildes(0), Bufio->OREAD);
	1 =>
		f = bufio->open(hd argv, Bufio->OREAD);
		if(f == nil){
			# Inferno's message is followed by an empty line
			sys->fprint(stderr, "uniq: cannot open %s: %r\n\n", hd argv);
			raise "fail:open file";
		}
	* =>
		arg->usage();
	}
	# neither -u nor -d: both kinds of line
	if(!uflag && !dflag)
		uflag = dflag = 1;

	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	prev: string;	# the first line of the current run, as read
	n := 0;		# the run's length
	while((s := f.gets('\n')) != nil){
		# lines compare with their newlines, as on Inferno: a last
		# line without one differs from the same line with one
		if(n > 0 && s == prev){
			n++;
			continue;
		}
		if(n > 0)
			put(prev, n);
		prev = s;
		n = 1;
	}
	if(n > 0)
		put(prev, n);
	out.flush();
}

put(s: string, n: int)
{
	if(n == 1 && !uflag || n > 1 && !dflag)
		return;
	if(cflag)
		out.puts(string n + "\t");
	out.puts(s);
}
