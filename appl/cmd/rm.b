implement Rm;

# rm [-fr] file ...: remove files and empty directories; -r empties
# a directory first, -f keeps quiet about failures.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "readdir.m";
	readdir: Readdir;

Rm: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
fflag := 0;
rflag := 0;
wflag := 0;	# -F: make directories writable before emptying them

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg := load Arg Arg->PATH;
	if(arg == nil)
		nomod(Arg->PATH);
	arg->init(argv);
	while((c := arg->opt()) != 0){
		case c {
		'f' =>
			fflag = 1;
		'r' =>
			rflag = 1;
		'F' =>
			wflag = 1;
		* =>
			usage();
		}
	}
	argv = arg->argv();
	if(argv == nil)
		usage();
	if(rflag){
		readdir = load Readdir Readdir->PATH;
		if(readdir == nil)
			nomod(Readdir->PATH);
	}
	errors := 0;
	for(; argv != nil; argv = tl argv)
		errors += rm(hd argv);
	if(errors && !fflag)
		raise "fail:errors";
}

# remove name (emptying it first under -r); 1 on failure
rm(name: string): int
{
	if(sys->remove(name) >= 0)
		return 0;
	if(rflag){
		(ok, d) := sys->stat(name);
		if(ok >= 0 && (d.mode & Sys->DMDIR)){
			empty(name, d);
			if(sys->remove(name) >= 0)
				return 0;
		}
	}
	if(!fflag)
		sys->fprint(stderr, "rm: %s: %r\n", name);
	return 1;
}

# remove what dir holds; failures are reported by rm
empty(dir: string, d: Sys->Dir)
{
	if(wflag && (d.mode & 8r200) == 0){
		nd := sys->nulldir;
		nd.mode = d.mode | 8r200;
		sys->wstat(dir, nd);
	}
	(a, n) := readdir->init(dir, Readdir->NONE|Readdir->COMPACT);
	if(n < 0){
		if(!fflag)
			sys->fprint(stderr, "rm: %s: %r\n", dir);
		return;
	}
	for(i := 0; i < n; i++)
		rm(dir + "/" + a[i].name);
}

usage()
{
	sys->fprint(stderr, "Usage: rm [-fr] file ...\n");
	raise "fail:usage";
}

nomod(path: string)
{
	sys->fprint(stderr, "rm: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
