implement Sort;

# sort [-nr] [file]: sort the lines of one file (standard input by
# default) with a stable merge sort, by Unicode code points or (-n) by
# integer value; -r reverses the output. Lines are written back as read.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";

Sort: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# a line as read, its text without the newline, and its value for -n
Line: adt {
	s:	string;
	key:	string;
	n:	int;	# Limbo's int conversion: beyond 32 bits it saturates
};

nflag := 0;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->fprint(stderr, "sort: cannot load %s: %r\n", Bufio->PATH);
		raise "fail:bad module";
	}
	arg := load Arg Arg->PATH;
	if(arg == nil){
		sys->fprint(stderr, "sort: cannot load %s: %r\n", Arg->PATH);
		raise "fail:bad module";
	}
	arg->init(argv);
	# Inferno's usage text does not mention -r
	arg->setusage("sort [-n] [file]");
	rflag := 0;
	while((c := arg->opt()) != 0){
		case c {
		'n' =>	nflag = 1;
		'r' =>	rflag = 1;
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
			sys->fprint(stderr, "sort: cannot open %s: %r\n", hd argv);
			raise "fail:open file";
		}
	* =>
		arg->usage();
	}

	lines: list of ref Line;
	nl := 0;
	while((s := f.gets('\n')) != nil){
		l := ref Line(s, s, 0);
		if(s[len s - 1] == '\n')
			l.key = s[0:len s - 1];
		if(nflag)
			l.n = int l.key;
		lines = l :: lines;
		nl++;
	}
	a := array[nl] of ref Line;
	for(i := nl; --i >= 0; lines = tl lines)
		a[i] = hd lines;
	mergesort(a, array[nl] of ref Line);

	out := bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	if(rflag){
		for(i = nl; --i >= 0; )
			out.puts(a[i].s);
	}else{
		for(i = 0; i < nl; i++)
			out.puts(a[i].s);
	}
	out.flush();
}

less(a, b: ref Line): int
{
	if(nflag)
		return a.n < b.n;
	return a.key < b.key;
}

# sort a stably, using scratch (as long as a) as working space
mergesort(a, scratch: array of ref Line)
{
	n := len a;
	if(n < 2)
		return;
	m := n / 2;
	mergesort(a[0:m], scratch[0:m]);
	mergesort(a[m:], scratch[m:]);
	i := 0;
	j := m;
	k := 0;
	while(i < m && j < n){
		# take from the right only when strictly less: stable
		if(less(a[j], a[i]))
			scratch[k++] = a[j++];
		else
			scratch[k++] = a[i++];
	}
	while(i < m)
		scratch[k++] = a[i++];
	while(j < n)
		scratch[k++] = a[j++];
	a[0:] = scratch[0:n];
}
