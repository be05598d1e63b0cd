implement Gunzip;

# gunzip [file ...]: decompress each FILE.gz to FILE in the current
# directory and remove it, or standard input to standard output,
# through the inflate filter reading gzip form.

include "sys.m";
	sys: Sys;
include "draw.m";
include "filter.m";
	inflate: Filter;

Gunzip: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# how a decompression went
Ok, Eread, Ewrite, Einflate: con iota;

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	inflate = load Filter Filter->INFLATEPATH;
	if(inflate == nil){
		sys->fprint(stderr, "gunzip: cannot load %s: %r\n", Filter->INFLATEPATH);
		raise "fail:bad module";
	}
	inflate->init();
	if(argv != nil)
		argv = tl argv;
	errors := 0;
	if(argv == nil){
		(r, e) := decompress(sys->fildes(0), sys->fildes(1));
		if(r != Ok){
			report(r, e, "<stdin>");
			errors++;
		}
	}
	for(; argv != nil; argv = tl argv)
		if(!gunzipfile(hd argv))
			errors++;
	if(errors)
		raise "fail:errors";
}

gunzipfile(file: string): int
{
	if(len file < 3 || file[len file - 3:] != ".gz"){
		sys->fprint(stderr, "gunzip: .gz extension required: %s\n", file);
		return 0;
	}
	in := sys->open(file, Sys->OREAD);
	if(in == nil){
		sys->fprint(stderr, "gunzip: can't open %s: %r\n", file);
		return 0;
	}
	oname := basename(file);
	oname = oname[0:len oname - 3];
	out := sys->create(oname, Sys->OWRITE, 8r666);
	if(out == nil){
		sys->fprint(stderr, "gunzip: can't open %s: %r\n", oname);
		return 0;
	}
	(r, e) := decompress(in, out);
	if(r != Ok){
		report(r, e, file);
		sys->remove(oname);
		return 0;
	}
	if(sys->remove(file) < 0){
		sys->fprint(stderr, "gunzip: cannot remove %s: %r\n", file);
		return 0;
	}
	return 1;
}

report(r: int, e: string, name: string)
{
	case r {
	Eread =>
		sys->fprint(stderr, "gunzip: %s: read error: %s\n", name, e);
	Ewrite =>
		sys->fprint(stderr, "gunzip: %s: write error: %s\n", name, e);
	Einflate =>
		sys->fprint(stderr, "gunzip: %s: inflate error: %s\n", name, e);
	}
}

# run the filter from in to out: how it went and the error's text
decompress(in, out: ref Sys->FD): (int, string)
{
	rc := inflate->start("h");
	for(;;) pick m := <-rc {
	Start or Info =>
		;
	Fill =>
		n := sys->read(in, m.buf, len m.buf);
		if(n < 0){
			e := sys->sprint("%r");
			m.reply <-= -1;
			return (Eread, e);
		}
		m.reply <-= n;
	Result =>
		n := len m.buf;
		if(sys->write(out, m.buf, n) != n){
			e := sys->sprint("%r");
			m.reply <-= -1;
			return (Ewrite, e);
		}
		m.reply <-= 0;
	Finished =>
		return (Ok, nil);
	Error =>
		return (Einflate, m.e);
	}
}

basename(s: string): string
{
	for(i := len s - 1; i >= 0; i--)
		if(s[i] == '/')
			return s[i+1:];
	return s;
}
