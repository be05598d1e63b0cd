implement Du;

# du [-anstu] [-b blocksize] [file ...]: disk usage in KiB of each
# directory (after its contents) and argument; -a also each file.

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

Du: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
out: ref Iobuf;
aflag, sflag, nflag, tflag, uflag: int;
bsize := big 1024;

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
	arg->setusage("du [-anstu] [-b bsize] [file ...]");
	while((c := arg->opt()) != 0){
		case c {
		'a' =>
			aflag = 1;
		's' =>
			sflag = 1;
		'n' =>
			nflag = aflag = 1;
		't' =>
			tflag = 1;
		'u' =>
			uflag = tflag = 1;
		'b' =>
			bsize = blocksize(arg->earg());
			if(bsize <= big 0)
				arg->usage();
		* =>
			arg->usage();
		}
	}
	argv = arg->argv();
	if(argv == nil)
		argv = "." :: nil;
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	for(; argv != nil; argv = tl argv){
		name := hd argv;
		(ok, d) := sys->stat(name);
		if(ok < 0){
			sys->fprint(stderr, "du: can't stat %q: %r\n", name);
			continue;
		}
		if(d.mode & Sys->DMDIR){
			prefix := name + "/";
			if(name == ".")
				prefix = "";
			else if(name[len name - 1] == '/')
				prefix = name;
			n := du(name, prefix);
			if(!nflag)
				line(name, ref d, n);
		}else
			line(name, ref d, blocks(d.length));
	}
	out.flush();
}

# the blocks of directory dir (shown as prefix+NAME for its entries),
# in bytes, printing the lines of what it holds
du(dir, prefix: string): big
{
	(a, n) := readdir->init(dir, Readdir->NONE|Readdir->COMPACT);
	if(n < 0){
		sys->fprint(stderr, "du: can't read %q: %r\n", dir);
		return big 0;
	}
	total := big 0;
	for(i := 0; i < n; i++){
		d := a[i];
		name := prefix + d.name;
		if(d.mode & Sys->DMDIR){
			s := du(dir + "/" + d.name, name + "/");
			total += s;
			if(!sflag && !nflag)
				line(name, d, s);
		}else{
			s := blocks(d.length);
			total += s;
			if(aflag && !sflag)
				line(name, d, s);
		}
	}
	return total;
}

# one line: the size (bytes of whole blocks) in KiB, or what the flags ask
line(name: string, d: ref Dir, size: big)
{
	t := d.mtime;
	if(uflag)
		t = d.atime;
	if(nflag){
		if(tflag)
			out.puts(sys->sprint("%q %ud %bd 0\n", name, t, d.length));
		else
			out.puts(sys->sprint("%q\n", name));
	}else if(tflag)
		out.puts(sys->sprint("%ud %q\n", t, name));
	else
		out.puts(sys->sprint("%-4bd %q\n", (size + big 1023) / big 1024, name));
}

# n bytes rounded up to whole blocks
blocks(n: big): big
{
	return (n + bsize - big 1) / bsize * bsize;
}

# -b's argument: decimal, k for KiB; 0 if bad
blocksize(s: string): big
{
	m := big 1;
	if(s != nil && s[len s - 1] == 'k'){
		m = big 1024;
		s = s[0:len s - 1];
	}
	if(s == nil)
		return big 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return big 0;
	return big s * m;
}

nomod(path: string)
{
	sys->fprint(stderr, "du: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
