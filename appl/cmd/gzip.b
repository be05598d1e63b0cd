implement Gzip;

# gzip [-vD1-9] [file ...]: compress each file to BASENAME.gz in the
# current directory and remove it, or standard input to standard output,
# through the deflate filter in gzip form.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "filter.m";
	deflate: Filter;

Gzip: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# how a compression went
Ok, Eread, Ewrite, Edeflate: con iota;

stderr: ref Sys->FD;
debug := 0;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg := load Arg Arg->PATH;
	if(arg == nil)
		nomod(Arg->PATH);
	arg->init(argv);
	arg->setusage("gzip [-vD1-9] [file ...]");
	level := 6;
	verbose := 0;
	while((c := arg->opt()) != 0){
		case c {
		'v' =>	verbose = 1;
		'D' =>	debug = 1;
		'1' to '9' =>	level = c - '0';
		* =>	arg->usage();
		}
	}
	argv = arg->argv();
	deflate = load Filter Filter->DEFLATEPATH;
	if(deflate == nil)
		nomod(Filter->DEFLATEPATH);
	deflate->init();
	param := "h" + string level;
	if(debug)
		param += "v";
	if(argv == nil){
		(nil, nil, r, e) := compress(sys->fildes(0), sys->fildes(1), param);
		report(r, e, "<stdin>", "<stdout>");
		return;
	}
	# failures are reported, but do not change the status
	for(; argv != nil; argv = tl argv)
		gzipfile(hd argv, param, verbose);
}

nomod(path: string)
{
	sys->fprint(stderr, "gzip: cannot load %s: %r\n", path);
	raise "fail:bad module";
}

gzipfile(file, param: string, verbose: int)
{
	in := sys->open(file, Sys->OREAD);
	if(in == nil){
		sys->fprint(stderr, "gzip: can't open %s: %r\n", file);
		return;
	}
	oname := basename(file) + ".gz";
	out := sys->create(oname, Sys->OWRITE, 8r666);
	if(out == nil){
		sys->fprint(stderr, "gzip: can't open %s: %r\n", oname);
		return;
	}
	(nin, nout, r, e) := compress(in, out, param);
	if(r != Ok){
		report(r, e, file, oname);
		sys->remove(oname);
		return;
	}
	if(sys->remove(file) < 0)
		sys->fprint(stderr, "gzip: can't remove %s: %r\n", file);
	if(verbose){
		saved := 0.0;
		if(nin > big 0)
			saved = 100.0 * real (nin - nout) / real nin;
		sys->fprint(stderr, "%s: %5.2f%%\n", file, saved);
	}
}

report(r: int, e: string, iname, oname: string)
{
	case r {
	Eread =>
		sys->fprint(stderr, "gzip: error reading %s: %s\n", iname, e);
	Ewrite =>
		sys->fprint(stderr, "gzip: error writing %s: %s\n", oname, e);
	Edeflate =>
		sys->fprint(stderr, "gzip: error compressing %s: %s\n", iname, e);
	}
}

# run the filter from in to out: the bytes read and written, how it
# went and the error's text
compress(in, out: ref Sys->FD, param: string): (big, big, int, string)
{
	nin := big 0;
	nout := big 0;
	rc := deflate->start(param);
	for(;;) pick m := <-rc {
	Start =>
		;
	Fill =>
		n := sys->read(in, m.buf, len m.buf);
		if(n < 0){
			e := sys->sprint("%r");
			m.reply <-= -1;
			return (nin, nout, Eread, e);
		}
		nin += big n;
		m.reply <-= n;
	Result =>
		n := len m.buf;
		if(sys->write(out, m.buf, n) != n){
			e := sys->sprint("%r");
			m.reply <-= -1;
			return (nin, nout, Ewrite, e);
		}
		nout += big n;
		m.reply <-= 0;
	Info =>
		if(debug)
			sys->fprint(stderr, "gzip: %s\n", m.msg);
	Finished =>
		return (nin, nout, Ok, nil);
	Error =>
		return (nin, nout, Edeflate, m.e);
	}
}

basename(s: string): string
{
	for(i := len s - 1; i >= 0; i--)
		if(s[i] == '/')
			return s[i+1:];
	return s;
}
