implement Memfs;

# memfs [-a|-b] [-c] mountpoint, or memfs -s: a file system kept in
# this program's memory, served with Styx: mounted on mountpoint
# (through a pipe; the program goes on serving in the background), or
# with -s spoken on the standard input, for mount {memfs -s} DIR or a
# listener. Everything is lost when the server ends.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "styx.m";
	styx: Styx;
	Tmsg, Rmsg: import styx;
include "styxservers.m";
	styxservers: Styxservers;
	Fid, Styxserver, Navigator: import styxservers;
	nametree: Nametree;
	Tree: import nametree;

Memfs: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

USAGE: con "memfs [-a|-b] [-c] mountpoint | memfs -s";
Nhash: con 64;

# a file's contents, by qid path
Data: adt {
	path:	big;
	a:	array of byte;
	n:	int;	# bytes in use
};

datatab := array[Nhash] of list of ref Data;
tree: ref Tree;
srv: ref Styxserver;
nextpath := big 1;
user := "none";

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg := load Arg Arg->PATH;
	if(arg == nil)
		fail(sys->sprint("cannot load %s: %r", Arg->PATH), "load");
	arg->init(argv);
	arg->setusage(USAGE);
	flags := Sys->MREPL;
	serve := 0;
	while((c := arg->opt()) != 0)
		case c {
		'a' =>
			flags |= Sys->MAFTER;
		'b' =>
			flags |= Sys->MBEFORE;
		'c' =>
			flags |= Sys->MCREATE;
		's' =>
			serve = 1;
		* =>
			arg->usage();
		}
	argv = arg->argv();
	if((flags & (Sys->MAFTER|Sys->MBEFORE)) == (Sys->MAFTER|Sys->MBEFORE))
		arg->usage();
	if(serve && argv != nil || !serve && len argv != 1)
		arg->usage();
	styx = load Styx Styx->PATH;
	if(styx == nil)
		fail(sys->sprint("cannot load %s: %r", Styx->PATH), "load");
	styx->init();
	styxservers = load Styxservers Styxservers->PATH;
	if(styxservers == nil)
		fail(sys->sprint("cannot load %s: %r", Styxservers->PATH), "load");
	styxservers->init(styx);
	nametree = load Nametree Nametree->PATH;
	if(nametree == nil)
		fail(sys->sprint("cannot load %s: %r", Nametree->PATH), "load");
	nametree->init();
	user = readuser();
	if(serve){
		server(sys->fildes(0));
		return;
	}
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0)
		fail(sys->sprint("cannot make a pipe: %r"), "error");
	sync := chan of int;
	spawn background(p[0], sync);
	<-sync;
	p[0] = nil;
	if(sys->mount(p[1], nil, hd argv, flags, nil) < 0)
		fail(sys->sprint("mount failed: %r"), "mount failed");
}

fail(msg, status: string)
{
	sys->fprint(sys->fildes(2), "memfs: %s\n", msg);
	raise "fail:" + status;
}

readuser(): string
{
	fd := sys->open("/dev/user", Sys->OREAD);
	if(fd == nil)
		return "none";
	buf := array[Sys->NAMEMAX] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return "none";
	return string buf[0:n];
}

# the server, in a process and fd table of its own
background(fd: ref Sys->FD, sync: chan of int)
{
	sys->pctl(Sys->NEWFD|Sys->NEWPGRP, fd.fd :: 2 :: nil);
	sync <-= 1;
	server(fd);
}

server(fd: ref Sys->FD)
{
	navc: chan of ref Styxservers->Navop;
	(tree, navc) = nametree->start();
	root := sys->zerodir;
	root.name = ".";
	root.uid = user;
	root.gid = user;
	root.muid = user;
	root.mode = Sys->DMDIR | 8r777;
	root.qid = Sys->Qid(big 0, 0, Sys->QTDIR);
	root.mtime = root.atime = now();
	tree.create(big 0, root);
	tc: chan of ref Tmsg;
	(tc, srv) = Styxserver.new(fd, Navigator.new(navc), big 0);
	while((gm := <-tc) != nil){
		pick m := gm {
		Readerror =>
			# no FD kept in module data: it would keep this fd table, and the connection, open
			sys->fprint(sys->fildes(2), "memfs: %s\n", m.error);
			tree.quit();
			srv = nil;	# the connection goes with the last reference
			return;
		Read =>
			f := srv.read(m);
			if(f != nil)
				srv.reply(styxservers->readbytes(m, contents(f.path)));
		Write =>
			write(m);
		Create =>
			create(m);
		Open =>
			open(m);
		Remove =>
			remove(m);
		Clunk =>
			f := srv.clunk(m);
			if(f != nil && f.isopen && (f.mode & Sys->ORCLOSE))
				destroy(f.path);
		Wstat =>
			wstat(m);
		* =>
			srv.default(gm);
		}
	}
	tree.quit();
	srv = nil;
}

now(): int
{
	return sys->millisec() / 1000 + boottime();
}

bt := -1;
boottime(): int
{
	if(bt >= 0)
		return bt;
	bt = 0;
	fd := sys->open("/dev/time", Sys->OREAD);
	if(fd != nil){
		buf := array[32] of byte;
		n := sys->read(fd, buf, len buf);
		if(n > 0)
			bt = int (big string buf[0:n] / big 1000000) - sys->millisec()/1000;
	}
	return bt;
}

lookdata(path: big): ref Data
{
	for(l := datatab[int (path % big Nhash)]; l != nil; l = tl l)
		if((hd l).path == path)
			return hd l;
	return nil;
}

contents(path: big): array of byte
{
	d := lookdata(path);
	if(d == nil)
		return nil;
	return d.a[0:d.n];
}

setlength(path: big, n: int)
{
	d := lookdata(path);
	if(d == nil){
		d = ref Data(path, nil, 0);
		h := int (path % big Nhash);
		datatab[h] = d :: datatab[h];
	}
	if(n > len d.a){
		size := len d.a * 2;
		if(size < n)
			size = n;
		a := array[size] of byte;
		a[0:] = d.a[0:d.n];
		d.a = a;
	}
	if(n > d.n)
		for(i := d.n; i < n; i++)
			d.a[i] = byte 0;
	d.n = n;
}

# tell the tree about a changed file: length, version, times
touched(path: big, length: int, who: string)
{
	(d, nil) := srv.t.stat(path);
	if(d == nil)
		return;
	nd := sys->nulldir;
	nd.length = big length;
	nd.qid.vers = d.qid.vers + 1;
	nd.mtime = nd.atime = now();
	nd.muid = who;
	tree.wstat(path, nd);
}

write(m: ref Tmsg.Write)
{
	(f, err) := srv.canwrite(m);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return;
	}
	if(f.qtype & Sys->QTDIR){
		srv.reply(ref Rmsg.Error(m.tag, "is a directory"));
		return;
	}
	(d, nil) := srv.t.stat(f.path);
	if(d == nil){
		srv.reply(ref Rmsg.Error(m.tag, Styxservers->Enotfound));
		return;
	}
	off := m.offset;
	if(d.mode & Sys->DMAPPEND)
		off = d.length;
	if(off + big len m.data > big 16r7FFFFFFF){
		srv.reply(ref Rmsg.Error(m.tag, "file too large"));
		return;
	}
	o := int off;
	old := contents(f.path);
	n := len old;
	if(o + len m.data > n)
		n = o + len m.data;
	setlength(f.path, n);
	dd := lookdata(f.path);
	dd.a[o:] = m.data;
	touched(f.path, n, f.uname);
	srv.reply(ref Rmsg.Write(m.tag, len m.data));
}

open(m: ref Tmsg.Open)
{
	(f, mode, d, err) := srv.canopen(m);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return;
	}
	if((mode & Sys->OTRUNC) && (d.qid.qtype & Sys->QTDIR) == 0 && (d.mode & Sys->DMAPPEND) == 0){
		setlength(f.path, 0);
		touched(f.path, 0, f.uname);
		(d, nil) = srv.t.stat(f.path);
	}
	f.open(mode, d.qid);
	srv.reply(ref Rmsg.Open(m.tag, d.qid, srv.iounit()));
}

create(m: ref Tmsg.Create)
{
	(f, mode, d, err) := srv.cancreate(m);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return;
	}
	d.qid.path = nextpath++;
	d.atime = d.mtime = now();
	err = tree.create(f.path, *d);
	if(err != nil){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return;
	}
	if((d.qid.qtype & Sys->QTDIR) == 0)
		setlength(d.qid.path, 0);
	f.open(mode, d.qid);
	srv.reply(ref Rmsg.Create(m.tag, d.qid, srv.iounit()));
}

destroy(path: big): string
{
	err := tree.remove(path);
	if(err != nil)
		return err;
	h := int (path % big Nhash);
	nl: list of ref Data;
	for(l := datatab[h]; l != nil; l = tl l)
		if((hd l).path != path)
			nl = hd l :: nl;
	datatab[h] = nl;
	return nil;
}

remove(m: ref Tmsg.Remove)
{
	(f, nil, err) := srv.canremove(m);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return;
	}
	err = destroy(f.path);
	if(err != nil)
		srv.reply(ref Rmsg.Error(m.tag, err));
	else
		srv.reply(ref Rmsg.Remove(m.tag));
}

wstat(m: ref Tmsg.Wstat)
{
	f := srv.getfid(m.fid);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, Styxservers->Ebadfid));
		return;
	}
	(d, err) := srv.t.stat(f.path);
	if(d == nil){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return;
	}
	nd := m.stat;
	if(nd.name != nil && f.path == big 0){
		srv.reply(ref Rmsg.Error(m.tag, Styxservers->Eperm));
		return;
	}
	if(nd.name != nil)
		for(i := 0; i < len nd.name; i++)
			if(nd.name[i] == '/' || nd.name == "." || nd.name == ".."){
				srv.reply(ref Rmsg.Error(m.tag, Styxservers->Ename));
				return;
			}
	if(nd.mode != ~0 && (nd.mode & Sys->DMDIR) != (d.mode & Sys->DMDIR)){
		srv.reply(ref Rmsg.Error(m.tag, "cannot change a directory into a file or back"));
		return;
	}
	if(nd.length != ~big 0){
		if(d.mode & Sys->DMDIR){
			if(nd.length != big 0){
				srv.reply(ref Rmsg.Error(m.tag, "is a directory"));
				return;
			}
		}else if(nd.length < big 0 || nd.length > big 16r7FFFFFFF){
			srv.reply(ref Rmsg.Error(m.tag, "bad length"));
			return;
		}
	}
	nd.qid.vers = ~0;
	nd.atime = ~0;
	if(nd.length != ~big 0 && (d.mode & Sys->DMDIR) == 0){
		setlength(f.path, int nd.length);
		nd.qid.vers = d.qid.vers + 1;
	}else
		nd.length = ~big 0;
	err = tree.wstat(f.path, nd);
	if(err != nil)
		srv.reply(ref Rmsg.Error(m.tag, err));
	else
		srv.reply(ref Rmsg.Wstat(m.tag));
}
