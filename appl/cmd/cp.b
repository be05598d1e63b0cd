implement Cp;

# cp [-gux] from to, cp [-gux] from ... todir, cp -r [-gux] fromdir ... todir:
# copy files, or with -r whole directory trees.

include "sys.m";
	sys: Sys;
	Dir: import sys;
include "draw.m";
include "arg.m";
include "readdir.m";
	readdir: Readdir;
include "names.m";
	names: Names;

Cp: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
errors := 0;
gflag, uflag, xflag: int;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg := load Arg Arg->PATH;
	if(arg == nil)
		nomod(Arg->PATH);
	names = load Names Names->PATH;
	if(names == nil)
		nomod(Names->PATH);
	arg->init(argv);
	rflag := 0;
	while((c := arg->opt()) != 0){
		case c {
		'r' =>
			rflag = 1;
		'g' =>
			gflag = 1;
		'u' =>
			uflag = 1;
		'x' =>
			xflag = 1;
		* =>
			usage();
		}
	}
	argv = arg->argv();
	if(len argv < 2)
		usage();
	if(rflag){
		readdir = load Readdir Readdir->PATH;
		if(readdir == nil)
			nomod(Readdir->PATH);
	}
	froms: list of string;
	for(; tl argv != nil; argv = tl argv)
		froms = hd argv :: froms;
	targ := hd argv;
	(ok, td) := sys->stat(targ);
	todir := ok >= 0 && (td.mode & Sys->DMDIR);
	if(rflag)
		rcopyall(reverse(froms), targ, ok >= 0, todir);
	else if(todir){
		for(l := reverse(froms); l != nil; l = tl l)
			copy(hd l, join(targ, basename(hd l)));
	}else if(len froms > 1){
		sys->fprint(stderr, "cp: %s  not a directory\n", targ);
		errors++;
	}else
		copy(hd froms, targ);
	if(errors)
		raise "fail:error";
}

# copy the file src to dst
copy(src, dst: string)
{
	(ok, sd) := sys->stat(src);
	if(ok < 0){
		warn(sys->sprint("%s: %r", src));
		return;
	}
	if(sd.mode & Sys->DMDIR){
		warn(src + " is a directory");
		return;
	}
	copyfile(src, ref sd, dst);
}

# copy src (its stat is sd), known to be a plain file, to dst
copyfile(src: string, sd: ref Dir, dst: string)
{
	(ok, dd) := sys->stat(dst);
	if(ok >= 0 && samefile(*sd, dd)){
		warn(sys->sprint("%s and %s are the same file", src, dst));
		return;
	}
	ifd := sys->open(src, Sys->OREAD);
	if(ifd == nil){
		warn(sys->sprint("cannot open %s: %r", src));
		return;
	}
	# an existing target keeps its mode and owner
	ofd: ref Sys->FD;
	if(ok >= 0)
		ofd = sys->open(dst, Sys->OWRITE|Sys->OTRUNC);
	if(ofd == nil)
		ofd = sys->create(dst, Sys->OWRITE, sd.mode & 8r777);
	if(ofd == nil){
		warn(sys->sprint("cannot create %s: %r", dst));
		return;
	}
	# the buffer starts small and doubles, up to Sys->ATOMICIO, when
	# a read fills it
	buf := array[512] of byte;
	while((n := sys->read(ifd, buf, len buf)) > 0){
		if(sys->write(ofd, buf, n) != n){
			warn(sys->sprint("error writing %s: %r", dst));
			return;
		}
		# a full read: the data comes in big pieces, take bigger ones
		if(n == len buf && len buf < Sys->ATOMICIO)
			buf = array[2 * len buf] of byte;
	}
	if(n < 0){
		warn(sys->sprint("error reading %s: %r", src));
		return;
	}
	setattr(ofd, sd, dst);
}

# -x, -g, -u: the target's mode and times, group, owner from the source
setattr(fd: ref Sys->FD, sd: ref Dir, dst: string)
{
	if(!xflag && !gflag && !uflag)
		return;
	d := sys->nulldir;
	if(xflag){
		d.mode = sd.mode;
		d.mtime = sd.mtime;
	}
	if(gflag || uflag)
		d.gid = sd.gid;
	if(uflag)
		d.uid = sd.uid;
	if(sys->fwstat(fd, d) < 0)
		warn(sys->sprint("can't wstat %s: %r", dst));
}

# -r: each source into todir (when the target is a directory), or the
# one source as the target
rcopyall(froms: list of string, targ: string, exists, todir: int)
{
	if(exists && !todir){
		# a plain target takes one plain file, as without -r
		if(len froms == 1){
			(ok, sd) := sys->stat(hd froms);
			if(ok >= 0 && (sd.mode & Sys->DMDIR) == 0){
				copyfile(hd froms, ref sd, targ);
				return;
			}
		}
		warn(targ + ": destination not a directory");
		return;
	}
	if(!exists){
		if(len froms > 1){
			sys->fprint(stderr, "cp: %s  not a directory\n", targ);
			errors++;
			return;
		}
		rcopy(hd froms, targ, nil);
		return;
	}
	for(; froms != nil; froms = tl froms)
		rcopy(hd froms, join(targ, basename(hd froms)), nil);
}

# copy the tree src to dst, which must not be a directory already;
# above holds the directories being copied, to find loops
rcopy(src, dst: string, above: list of ref Dir)
{
	(ok, sd) := sys->stat(src);
	if(ok < 0){
		warn(sys->sprint("can't stat %s: %r", src));
		return;
	}
	if((sd.mode & Sys->DMDIR) == 0){
		copyfile(src, ref sd, dst);
		return;
	}
	for(l := above; l != nil; l = tl l)
		if(samefile(*hd l, sd)){
			warn(src + ": directory loop found");
			return;
		}
	if(above == nil && inside(dst, sd)){
		warn(sys->sprint("cannot copy %s into itself", src));
		return;
	}
	(dok, dd) := sys->stat(dst);
	if(dok >= 0){
		if(dd.mode & Sys->DMDIR)
			warn(sys->sprint("cannot copy %s onto another directory", src));
		else
			warn(dst + ": destination not a directory");
		return;
	}
	(a, n) := readdir->init(src, Readdir->NAME|Readdir->COMPACT);
	if(n < 0){
		warn(sys->sprint("error reading %s: %r", src));
		return;
	}
	# made writable for the copy; given the source's mode at the end
	fd := sys->create(dst, Sys->OREAD, Sys->DMDIR | sd.mode & 8r777 | 8r700);
	if(fd == nil){
		warn(sys->sprint("cannot make directory %s: %r", dst));
		return;
	}
	above = ref sd :: above;
	for(i := 0; i < n; i++)
		rcopy(join(src, a[i].name), join(dst, a[i].name), above);
	if((sd.mode & 8r777) != (sd.mode & 8r777 | 8r700)){
		d := sys->nulldir;
		d.mode = Sys->DMDIR | sd.mode & 8r777;
		if(sys->fwstat(fd, d) < 0)
			warn(sys->sprint("can't wstat %s: %r", dst));
	}
	setattr(fd, ref sd, dst);
}

# would dst be made inside the directory whose stat is d? Each
# directory above dst is compared with d, up to the root (its own ..)
inside(dst: string, d: Dir): int
{
	dir := names->dirname(names->cleanname(dst));
	if(dir == nil)
		dir = ".";
	for(depth := 0; depth < 256; depth++){
		(ok, pd) := sys->stat(dir);
		if(ok < 0)
			return 0;
		if(samefile(pd, d))
			return 1;
		up := join(dir, "..");
		(uok, ud) := sys->stat(up);
		if(uok < 0 || samefile(ud, pd))
			return 0;
		dir = up;
	}
	return 0;
}

samefile(a, b: Dir): int
{
	return a.qid.path == b.qid.path && a.qid.qtype == b.qid.qtype &&
		a.dtype == b.dtype && a.dev == b.dev;
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

warn(msg: string)
{
	sys->fprint(stderr, "cp: %s\n", msg);
	errors++;
}

usage()
{
	sys->fprint(stderr, "usage: \tcp [-gux] src target\n\tcp [-r] [-gux] src ... directory\n");
	raise "fail:usage";
}

nomod(path: string)
{
	sys->fprint(stderr, "cp: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
