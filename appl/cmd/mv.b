implement Mv;

# mv fromfile tofile, mv fromfile ... todir: rename files within a
# directory, copy and remove them across directories.

include "sys.m";
	sys: Sys;
include "draw.m";
include "names.m";
	names: Names;

Mv: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	names = load Names Names->PATH;
	if(names == nil){
		sys->fprint(stderr, "mv: cannot load %s: %r\n", Names->PATH);
		raise "fail:bad module";
	}
	if(argv != nil)
		argv = tl argv;
	if(len argv < 2){
		sys->fprint(stderr, "usage: mv fromfile tofile\n       mv fromfile ... todir\n");
		raise "fail:usage";
	}
	# split off the target, the last word
	froms: list of string;
	for(; tl argv != nil; argv = tl argv)
		froms = hd argv :: froms;
	targ := hd argv;
	froms = reverse(froms);
	(ok, td) := sys->stat(targ);
	todir := ok >= 0 && (td.mode & Sys->DMDIR);
	if(!todir && len froms > 1){
		sys->fprint(stderr, "mv: %s not a directory\n", targ);
		raise "fail:error";
	}
	errors := 0;
	for(; froms != nil; froms = tl froms){
		from := hd froms;
		if(todir)
			errors += mv(from, join(targ, basename(from)));
		else
			errors += mv(from, targ);
	}
	if(errors)
		raise "fail:error";
}

# move from to dst; 1 on failure
mv(from, dst: string): int
{
	(ok, fd) := sys->stat(from);
	if(ok < 0){
		sys->fprint(stderr, "mv: can't stat %s: %r\n", from);
		return 1;
	}
	(tok, td) := sys->stat(dst);
	if(tok >= 0 && samefile(fd, td)){
		sys->fprint(stderr, "mv: %s and %s are the same\n", from, dst);
		return 1;
	}
	isdir := fd.mode & Sys->DMDIR;
	if(!samedir(from, dst)){
		if(isdir){
			sys->fprint(stderr, "mv: %s is a directory, not copied to %s\n", from, dst);
			return 1;
		}
		return copy(from, fd, dst);
	}
	if(tok >= 0){
		if(isdir){
			sys->fprint(stderr, "mv: can't rename a directory to an existing name\n");
			return 1;
		}
		if(sys->remove(dst) < 0){
			sys->fprint(stderr, "mv: can't remove %s: %r\n", dst);
			return 1;
		}
	}
	d := sys->nulldir;
	d.name = basename(dst);
	if(sys->wstat(from, d) >= 0)
		return 0;
	if(isdir){
		sys->fprint(stderr, "mv: can't rename directory %s: %r\n", from);
		return 1;
	}
	# the file server cannot rename: copy instead
	return copy(from, fd, dst);
}

# copy the file from (whose stat is d) to dst, then remove from
copy(from: string, d: Sys->Dir, dst: string): int
{
	ifd := sys->open(from, Sys->OREAD);
	if(ifd == nil){
		sys->fprint(stderr, "mv: can't open %s: %r\n", from);
		return 1;
	}
	ofd := sys->create(dst, Sys->OWRITE, d.mode & 8r777);
	if(ofd == nil){
		sys->fprint(stderr, "mv: can't create %s: %r\n", dst);
		return 1;
	}
	# the buffer starts small and doubles, up to Sys->ATOMICIO, when
	# a read fills it
	buf := array[512] of byte;
	while((n := sys->read(ifd, buf, len buf)) > 0){
		if(sys->write(ofd, buf, n) != n){
			sys->fprint(stderr, "mv: error writing %s: %r\n", dst);
			return 1;
		}
		# a full read: the data comes in big pieces, take bigger ones
		if(n == len buf && len buf < Sys->ATOMICIO)
			buf = array[2 * len buf] of byte;
	}
	if(n < 0){
		sys->fprint(stderr, "mv: error reading %s: %r\n", from);
		return 1;
	}
	# keep the modification time, as a rename would
	nd := sys->nulldir;
	nd.mtime = d.mtime;
	sys->fwstat(ofd, nd);
	if(sys->remove(from) < 0){
		sys->fprint(stderr, "mv: can't remove %s: %r\n", from);
		return 1;
	}
	return 0;
}

# are the directories holding a and b the same?
samedir(a, b: string): int
{
	(ok1, d1) := sys->stat(dirname(a));
	(ok2, d2) := sys->stat(dirname(b));
	return ok1 >= 0 && ok2 >= 0 && samefile(d1, d2);
}

samefile(a, b: Sys->Dir): int
{
	return a.qid.path == b.qid.path && a.qid.qtype == b.qid.qtype &&
		a.dtype == b.dtype && a.dev == b.dev;
}

# the directory holding name
dirname(name: string): string
{
	d := names->dirname(name);
	if(d == nil)
		return ".";
	return d;
}

basename(name: string): string
{
	return names->basename(name, nil);
}

join(dir, name: string): string
{
	if(dir != nil && dir[len dir - 1] == '/')
		return dir + name;
	return dir + "/" + name;
}

reverse(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}
