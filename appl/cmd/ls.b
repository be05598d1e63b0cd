implement Ls;

# ls [-delmnpqrstucFTk] [file ...]: list files and the contents of
# directories, one per line, with -l in the long format.

include "sys.m";
	sys: Sys;
	Dir: import sys;
include "draw.m";
include "arg.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "readdir.m";
	readdir: Readdir;
include "daytime.m";
	daytime: Daytime;

Ls: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
out: ref Iobuf;
Outchunk: con 1024;
now := 0;
errors := 0;

dflag, eflag, lflag, mflag, pflag, qflag, uflag, Fflag, Tflag, kflag: int;
sortkey := Readdir->NAME;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg := load Arg Arg->PATH;
	if(arg == nil)
		nomod(Arg->PATH);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil)
		nomod(Bufio->PATH);
	readdir = load Readdir Readdir->PATH;
	if(readdir == nil)
		nomod(Readdir->PATH);
	arg->init(argv);
	arg->setusage("ls [-delmnpqrstucFT] [files]");
	tflag := sflag := nflag := rflag := cflag := 0;
	while((c := arg->opt()) != 0){
		case c {
		'd' =>	dflag = 1;
		'e' =>	eflag = 1;
		'l' =>	lflag = 1;
		'm' =>	mflag = 1;
		'n' =>	nflag = 1;
		'p' =>	pflag = 1;
		'q' =>	qflag = 1;
		'r' =>	rflag = 1;
		's' =>	sflag = 1;
		't' =>	tflag = 1;
		'u' =>	uflag = 1;
		'c' =>	cflag = 1;
		'F' =>	Fflag = 1;
		'T' =>	Tflag = 1;
		'k' =>	kflag = 1;
		* =>	arg->usage();
		}
	}
	if(nflag)
		sortkey = Readdir->NONE;
	else if(tflag){
		if(uflag)
			sortkey = Readdir->ATIME;
		else
			sortkey = Readdir->MTIME;
	}else if(sflag)
		sortkey = Readdir->SIZE;
	if(rflag)
		sortkey |= Readdir->DESCENDING;
	if(cflag)
		sortkey |= Readdir->COMPACT;
	if(lflag){
		# only the long format shows dates: without it, no need
		# to spend memory on the module
		daytime = load Daytime Daytime->PATH;
		if(daytime == nil)
			nomod(Daytime->PATH);
		now = daytime->now();
	}
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	argv = arg->argv();
	if(argv == nil){
		argv = "." :: nil;
		pflag = 1;
	}
	# plain files wait in a group printed before the next directory
	files: list of ref Dir;
	for(; argv != nil; argv = tl argv){
		name := hd argv;
		(ok, d) := sys->stat(name);
		if(ok < 0){
			sys->fprint(stderr, "ls: %s: %r\n", name);
			errors++;
			continue;
		}
		if(dflag || (d.mode & Sys->DMDIR) == 0){
			d.name = name;
			files = ref d :: files;
			continue;
		}
		if(files != nil){
			group(files);
			files = nil;
		}
		lsdir(name);
	}
	if(files != nil)
		group(files);
	out.flush();
	if(errors)
		raise "fail:errors";
}

# the plain arguments, each named as given
group(files: list of ref Dir)
{
	a := array[len files] of ref Dir;
	for(i := len a - 1; i >= 0; i--){
		a[i] = hd files;
		files = tl files;
	}
	(a, nil) = readdir->sortdir(a, sortkey);
	show(a, "", pflag);
}

lsdir(dir: string)
{
	(a, n) := readdir->init(dir, sortkey);
	if(n < 0){
		sys->fprint(stderr, "ls: %s: %r\n", dir);
		errors++;
		return;
	}
	prefix := "";
	if(!pflag){
		prefix = dir + "/";
		if(dir[len dir - 1] == '/')
			prefix = dir;
	}
	show(a, prefix, 0);
}

# print the entries, each named prefix+name (with last, its name's last
# element); the columns are as wide as the widest among them. The names
# are made a line at a time, not kept: a directory's worth of them is
# memory a small machine would rather not spend.
show(e: array of ref Dir, prefix: string, last: int)
{
	kw := mw := vw := dw := uw := gw := lw := 0;
	for(i := 0; i < len e; i++){
		d := e[i];
		kw = max(kw, len string kib(d.length));
		mw = max(mw, len d.muid + 3);
		vw = max(vw, len string d.qid.vers);
		dw = max(dw, len string d.dev);
		uw = max(uw, len d.uid);
		gw = max(gw, len d.gid);
		lw = max(lw, len string d.length);
	}
	for(i = 0; i < len e; i++){
		d := e[i];
		s := "";
		if(kflag)
			s += sys->sprint("%*bd ", kw, kib(d.length));
		if(mflag)
			s += sys->sprint("%-*s", mw, "[" + d.muid + "] ");
		if(qflag)
			s += sys->sprint("(%.16bx %*d %.2x) ", d.qid.path, vw, d.qid.vers, d.qid.qtype);
		if(Tflag){
			if(d.mode & Sys->DMTMP)
				s += "t ";
			else
				s += "- ";
		}
		if(lflag)
			s += sys->sprint("%s %c %*d %-*s %-*s %*bd %s ", modestr(d.mode), d.dtype,
				dw, d.dev, uw, d.uid, gw, d.gid, lw, d.length, date(d));
		if(last)
			s += lastelem(d.name);
		else
			s += prefix + d.name;
		if(Fflag){
			if(d.mode & Sys->DMDIR)
				s += "/";
			else if(d.mode & 8r111)
				s += "*";
		}
		# out in pieces of about Outchunk bytes: a long listing
		# need not wait whole in a buffer of 8 Kbytes
		if(out.index + len s >= Outchunk)
			out.flush();
		out.puts(s + "\n");
	}
}

# kilobytes, rounded up
kib(n: big): big
{
	return (n + big 1023) / big 1024;
}

# d-rwxr-xr-x and the like
modestr(m: int): string
{
	s := "-";
	if(m & Sys->DMDIR)
		s = "d";
	else if(m & Sys->DMAPPEND)
		s = "a";
	else if(m & Sys->DMAUTH)
		s = "A";
	if(m & Sys->DMEXCL)
		s += "l";
	else
		s += "-";
	rwx := "rwx";
	for(shift := 6; shift >= 0; shift -= 3)
		for(i := 0; i < 3; i++){
			if(m & (1 << (shift + 2 - i)))
				s[len s] = rwx[i];
			else
				s[len s] = '-';
		}
	return s;
}

# the modification (-u: access) time: local time, or with -e seconds
date(d: ref Dir): string
{
	t := d.mtime;
	if(uflag)
		t = d.atime;
	if(eflag)
		return string t;
	return daytime->filet(now, t);
}

lastelem(name: string): string
{
	for(i := len name - 1; i >= 0; i--)
		if(name[i] == '/')
			return name[i+1:];
	return name;
}

max(a, b: int): int
{
	if(a > b)
		return a;
	return b;
}

nomod(path: string)
{
	sys->fprint(stderr, "ls: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
