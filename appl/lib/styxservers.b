implement Styxservers;

# Help for Styx file servers in Limbo (module/styxservers.m): a reader
# process turning the connection into a channel of Tmsgs, the fid
# table, and the answers to the requests whose meaning does not depend
# on the server (version, attach, walk, open, directory reads, clunk,
# stat), using the server's Navigator for what its tree holds. What
# does depend on it (file reads and writes, create, remove, wstat) the
# server answers itself, after the can* checks.

include "sys.m";
	sys: Sys;
include "styx.m";
	styx: Styx;
	Tmsg, Rmsg: import styx;
include "styxservers.m";

Nhash: con 32;
Maxmsize: con 65536+Styx->IOHDRSZ;	# the most this library agrees to in Tversion
Readlimit: con 1024*1024+Styx->IOHDRSZ;	# the largest message the reader takes before Tversion

tracing := 0;
stderr: ref Sys->FD;

init(s: Styx)
{
	sys = load Sys Sys->PATH;
	styx = s;
}

# stderr is taken only here: an FD kept in module data keeps the fd
# table it came from, and with it the server's connection, alive
traceset(on: int)
{
	tracing = on;
	if(on && stderr == nil)
		stderr = sys->fildes(2);
}

Styxserver.new(fd: ref Sys->FD, t: ref Navigator, rootpath: big): (chan of ref Tmsg, ref Styxserver)
{
	tc := chan of ref Tmsg;
	srv := ref Styxserver(fd, array[Nhash] of list of ref Fid, chan[1] of int, t, rootpath, 0, nil);	# msize 0: no Tversion yet
	spawn reader(srv, tc);
	return (tc, srv);
}

# Tmsgs from the connection until it ends (then nil), or a Readerror.
reader(srv: ref Styxserver, tc: chan of ref Tmsg)
{
	for(;;){
		limit := srv.msize;
		if(limit < Readlimit)
			limit = Readlimit;
		m := Tmsg.read(srv.fd, limit);
		if(m != nil && tracing)
			sys->fprint(stderr, "<- %s\n", m.text());
		tc <-= m;
		if(m == nil)
			return;
		if(tagof m == tagof Tmsg.Readerror)
			return;
	}
}

Styxserver.reply(srv: self ref Styxserver, m: ref Rmsg): int
{
	return srv.replydirect(m);
}

Styxserver.replydirect(srv: self ref Styxserver, m: ref Rmsg): int
{
	if(tracing)
		sys->fprint(stderr, "-> %s\n", m.text());
	a := m.pack();
	if(a == nil)
		return -1;
	return sys->write(srv.fd, a, len a);
}

Styxserver.iounit(srv: self ref Styxserver): int
{
	n := srv.msize - Styx->IOHDRSZ;
	if(n <= 0)
		n = Styx->MAXFDATA;
	return n;
}

# fids

lockfids(srv: ref Styxserver)
{
	srv.fidlock <-= 1;
}

unlockfids(srv: ref Styxserver)
{
	<-srv.fidlock;
}

Styxserver.getfid(srv: self ref Styxserver, fid: int): ref Fid
{
	lockfids(srv);
	for(l := srv.fids[fid & (Nhash-1)]; l != nil; l = tl l)
		if((hd l).fid == fid){
			f := hd l;
			unlockfids(srv);
			return f;
		}
	unlockfids(srv);
	return nil;
}

Styxserver.newfid(srv: self ref Styxserver, fid: int): ref Fid
{
	if(fid == Styx->NOFID || srv.getfid(fid) != nil)
		return nil;
	f := ref Fid(fid, big 0, 0, 0, -1, (0, 0), nil, nil, nil);
	lockfids(srv);
	h := fid & (Nhash-1);
	srv.fids[h] = f :: srv.fids[h];
	unlockfids(srv);
	return f;
}

Styxserver.delfid(srv: self ref Styxserver, c: ref Fid)
{
	if(c == nil)
		return;
	lockfids(srv);
	h := c.fid & (Nhash-1);
	nl: list of ref Fid;
	for(l := srv.fids[h]; l != nil; l = tl l)
		if(hd l != c)
			nl = hd l :: nl;
	srv.fids[h] = nl;
	unlockfids(srv);
}

Styxserver.allfids(srv: self ref Styxserver): list of ref Fid
{
	all: list of ref Fid;
	lockfids(srv);
	for(i := 0; i < len srv.fids; i++)
		for(l := srv.fids[i]; l != nil; l = tl l)
			all = hd l :: all;
	unlockfids(srv);
	return all;
}

Fid.clone(f: self ref Fid, nf: ref Fid): ref Fid
{
	nf.path = f.path;
	nf.qtype = f.qtype;
	nf.isopen = 0;
	nf.mode = -1;
	nf.doffset = (0, 0);
	nf.uname = f.uname;
	nf.param = f.param;
	nf.data = f.data;
	return nf;
}

Fid.open(f: self ref Fid, mode: int, qid: Sys->Qid)
{
	f.isopen = 1;
	f.mode = mode;
	f.path = qid.path;
	f.qtype = qid.qtype;
	f.doffset = (0, 0);
}

Fid.walk(f: self ref Fid, qid: Sys->Qid)
{
	f.path = qid.path;
	f.qtype = qid.qtype;
}

# the Navigator: questions to the server's tree process

Navigator.new(c: chan of ref Navop): ref Navigator
{
	return ref Navigator(c, chan of (ref Sys->Dir, string));
}

Navigator.stat(t: self ref Navigator, q: big): (ref Sys->Dir, string)
{
	t.c <-= ref Navop.Stat(t.reply, q);
	return <-t.reply;
}

Navigator.walk(t: self ref Navigator, parentq: big, name: string): (ref Sys->Dir, string)
{
	t.c <-= ref Navop.Walk(t.reply, parentq, name);
	return <-t.reply;
}

Navigator.readdir(t: self ref Navigator, q: big, offset, count: int): array of ref Sys->Dir
{
	t.c <-= ref Navop.Readdir(t.reply, q, offset, count);
	a := array[count] of ref Sys->Dir;
	n := 0;
	for(;;){
		(d, err) := <-t.reply;
		if(d == nil || err != nil)
			break;
		if(n < count)
			a[n++] = d;
	}
	return a[0:n];
}

# permissions

# May uname open a file of mode perm owned by fuid and fgid with omode?
openok(uname: string, omode, perm: int, fuid, fgid: string): int
{
	need := 0;
	case omode & 3 {
	Sys->OREAD =>
		need = 4;
	Sys->OWRITE =>
		need = 2;
	Sys->ORDWR =>
		need = 6;
	Styx->OEXEC =>
		need = 1;
	}
	if(omode & Sys->OTRUNC)
		need |= 2;
	have := perm & 7;
	if(uname == fgid)
		have |= (perm>>3) & 7;
	if(uname == fuid)
		have |= (perm>>6) & 7;
	return (have & need) == need;
}

# o with its flags checked: -1 if it has bits no open mode has.
openmode(o: int): int
{
	if(o & ~(3|Sys->OTRUNC|Sys->ORCLOSE))
		return -1;
	if((o & 3) == Styx->OEXEC)
		o = (o & ~3) | Sys->OREAD;
	return o;
}

# the requests

Styxserver.attach(srv: self ref Styxserver, m: ref Tmsg.Attach): ref Fid
{
	(d, err) := srv.t.stat(srv.rootpath);
	if(d == nil){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return nil;
	}
	f := srv.newfid(m.fid);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, Einuse));
		return nil;
	}
	f.path = d.qid.path;
	f.qtype = d.qid.qtype;
	f.uname = m.uname;
	f.param = m.aname;
	srv.reply(ref Rmsg.Attach(m.tag, d.qid));
	return f;
}

Styxserver.walk(srv: self ref Styxserver, m: ref Tmsg.Walk): ref Fid
{
	f := srv.getfid(m.fid);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, Ebadfid));
		return nil;
	}
	if(f.isopen){
		srv.reply(ref Rmsg.Error(m.tag, Eopen));
		return nil;
	}
	if(m.newfid != m.fid && srv.getfid(m.newfid) != nil){
		srv.reply(ref Rmsg.Error(m.tag, Einuse));
		return nil;
	}
	qids := array[len m.names] of Sys->Qid;
	path := f.path;
	qtype := f.qtype;
	err: string;
	n := 0;
	for(; n < len m.names; n++){
		if((qtype & Sys->QTDIR) == 0){
			err = Enotdir;
			break;
		}
		(dd, e) := srv.t.stat(path);
		if(dd == nil){
			err = e;
			break;
		}
		if(!openok(f.uname, Styx->OEXEC, dd.mode, dd.uid, dd.gid)){
			err = Eperm;
			break;
		}
		name := m.names[n];
		d: ref Sys->Dir;
		if(name == ".." && path == srv.rootpath)
			d = dd;
		else
			(d, e) = srv.t.walk(path, name);
		if(d == nil){
			err = e;
			if(err == nil)
				err = Enotfound;
			break;
		}
		qids[n] = d.qid;
		path = d.qid.path;
		qtype = d.qid.qtype;
	}
	if(n == 0 && len m.names > 0){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return nil;
	}
	if(n < len m.names){
		srv.reply(ref Rmsg.Walk(m.tag, qids[0:n]));
		return nil;
	}
	nf := f;
	if(m.newfid != m.fid){
		nf = srv.newfid(m.newfid);
		if(nf == nil){
			srv.reply(ref Rmsg.Error(m.tag, Einuse));
			return nil;
		}
		f.clone(nf);
	}
	nf.path = path;
	nf.qtype = qtype;
	srv.reply(ref Rmsg.Walk(m.tag, qids));
	return nf;
}

Styxserver.canopen(srv: self ref Styxserver, m: ref Tmsg.Open): (ref Fid, int, ref Sys->Dir, string)
{
	f := srv.getfid(m.fid);
	if(f == nil)
		return (nil, 0, nil, Ebadfid);
	if(f.isopen)
		return (nil, 0, nil, Eopen);
	mode := openmode(m.mode);
	if(mode < 0)
		return (nil, 0, nil, Emode);
	(d, err) := srv.t.stat(f.path);
	if(d == nil)
		return (nil, 0, nil, err);
	if((d.qid.qtype & Sys->QTDIR) && (mode & (3|Sys->OTRUNC|Sys->ORCLOSE)) != Sys->OREAD)
		return (nil, 0, nil, "is a directory");
	if(!openok(f.uname, m.mode, d.mode, d.uid, d.gid))
		return (nil, 0, nil, Eperm);
	return (f, mode, d, nil);
}

Styxserver.open(srv: self ref Styxserver, m: ref Tmsg.Open): ref Fid
{
	(f, mode, d, err) := srv.canopen(m);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return nil;
	}
	f.open(mode, d.qid);
	srv.reply(ref Rmsg.Open(m.tag, d.qid, srv.iounit()));
	return f;
}

Styxserver.cancreate(srv: self ref Styxserver, m: ref Tmsg.Create): (ref Fid, int, ref Sys->Dir, string)
{
	f := srv.getfid(m.fid);
	if(f == nil)
		return (nil, 0, nil, Ebadfid);
	if(f.isopen)
		return (nil, 0, nil, Eopen);
	if((f.qtype & Sys->QTDIR) == 0)
		return (nil, 0, nil, Enotdir);
	if(m.name == "." || m.name == "..")
		return (nil, 0, nil, Edot);
	if(m.name == nil)
		return (nil, 0, nil, Ename);
	for(i := 0; i < len m.name; i++)
		if(m.name[i] == '/' || m.name[i] == 0)
			return (nil, 0, nil, Ename);
	mode := openmode(m.mode);
	if(mode < 0)
		return (nil, 0, nil, Emode);
	(pd, err) := srv.t.stat(f.path);
	if(pd == nil)
		return (nil, 0, nil, err);
	if(!openok(f.uname, Sys->OWRITE, pd.mode, pd.uid, pd.gid))
		return (nil, 0, nil, Eperm);
	(old, nil) := srv.t.walk(f.path, m.name);
	if(old != nil)
		return (nil, 0, nil, Eexists);
	d := ref sys->zerodir;
	d.name = m.name;
	d.uid = f.uname;
	d.gid = pd.gid;
	d.muid = f.uname;
	if(m.perm & Sys->DMDIR){
		d.mode = m.perm & (~8r777 | (pd.mode & 8r777));
		d.qid.qtype = Sys->QTDIR;
		if((mode & 3) != Sys->OREAD)
			return (nil, 0, nil, "is a directory");
	}else{
		d.mode = m.perm & (~8r666 | (pd.mode & 8r666));
		d.qid.qtype = (m.perm >> 24) & 16rFF & ~Sys->QTDIR;
	}
	return (f, mode, d, nil);
}

Styxserver.canread(srv: self ref Styxserver, m: ref Tmsg.Read): (ref Fid, string)
{
	f := srv.getfid(m.fid);
	if(f == nil)
		return (nil, Ebadfid);
	if(!f.isopen)
		return (nil, Enotopen);
	if((f.mode & 3) == Sys->OWRITE)
		return (nil, Eaccess);
	if(m.count < 0 || m.count > srv.msize - Styx->IOHDRSZ)
		return (nil, Ecount);
	if(m.offset < big 0)
		return (nil, Eoffset);
	return (f, nil);
}

Styxserver.canwrite(srv: self ref Styxserver, m: ref Tmsg.Write): (ref Fid, string)
{
	f := srv.getfid(m.fid);
	if(f == nil)
		return (nil, Ebadfid);
	if(!f.isopen)
		return (nil, Enotopen);
	if((f.mode & 3) == Sys->OREAD)
		return (nil, Eaccess);
	if(len m.data > srv.msize - Styx->IOHDRSZ)
		return (nil, Ecount);
	if(m.offset < big 0)
		return (nil, Eoffset);
	return (f, nil);
}

# Directory reads are answered here (and nil returned); for a file the
# fid comes back and the server answers.
Styxserver.read(srv: self ref Styxserver, m: ref Tmsg.Read): ref Fid
{
	(f, err) := srv.canread(m);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return nil;
	}
	if((f.qtype & Sys->QTDIR) == 0)
		return f;
	(off, index) := f.doffset;
	if(m.offset == big 0)
		(off, index) = (0, 0);
	else if(m.offset != big off){
		srv.reply(ref Rmsg.Error(m.tag, Eoffset));
		return nil;
	}
	want := m.count / Styx->STATFIXLEN + 1;
	ents := srv.t.readdir(f.path, index, want);
	data := array[m.count] of byte;
	n := 0;
	for(i := 0; i < len ents; i++){
		a := styx->packdir(*ents[i]);
		if(n + len a > m.count)
			break;
		data[n:] = a;
		n += len a;
	}
	if(n == 0 && len ents > 0){
		srv.reply(ref Rmsg.Error(m.tag, "read/write -- count too small for a directory entry"));
		return nil;
	}
	f.doffset = (off + n, index + i);
	srv.reply(ref Rmsg.Read(m.tag, data[0:n]));
	return nil;
}

Styxserver.clunk(srv: self ref Styxserver, m: ref Tmsg.Clunk): ref Fid
{
	f := srv.getfid(m.fid);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, Ebadfid));
		return nil;
	}
	srv.delfid(f);
	srv.reply(ref Rmsg.Clunk(m.tag));
	return f;
}

# The fid is gone whatever the answer; the path is the parent directory's.
Styxserver.canremove(srv: self ref Styxserver, m: ref Tmsg.Remove): (ref Fid, big, string)
{
	f := srv.getfid(m.fid);
	if(f == nil)
		return (nil, big 0, Ebadfid);
	srv.delfid(f);
	if(f.path == srv.rootpath)
		return (nil, big 0, Eperm);
	(pd, err) := srv.t.walk(f.path, "..");
	if(pd == nil)
		return (nil, big 0, err);
	if(!openok(f.uname, Sys->OWRITE, pd.mode, pd.uid, pd.gid))
		return (nil, big 0, Eperm);
	return (f, pd.qid.path, nil);
}

Styxserver.remove(srv: self ref Styxserver, m: ref Tmsg.Remove): ref Fid
{
	(f, nil, err) := srv.canremove(m);
	if(err == nil)
		err = Eperm;
	srv.reply(ref Rmsg.Error(m.tag, err));
	return f;
}

Styxserver.stat(srv: self ref Styxserver, m: ref Tmsg.Stat)
{
	f := srv.getfid(m.fid);
	if(f == nil){
		srv.reply(ref Rmsg.Error(m.tag, Ebadfid));
		return;
	}
	(d, err) := srv.t.stat(f.path);
	if(d == nil){
		srv.reply(ref Rmsg.Error(m.tag, err));
		return;
	}
	srv.reply(ref Rmsg.Stat(m.tag, *d));
}

# Everything a server does not handle itself.
Styxserver.default(srv: self ref Styxserver, gm: ref Tmsg)
{
	if(gm == nil)
		return;
	if(srv.msize == 0 && tagof gm != tagof Tmsg.Version && tagof gm != tagof Tmsg.Readerror){
		srv.reply(ref Rmsg.Error(gm.tag, "Tversion not seen"));
		return;
	}
	pick m := gm {
	Readerror =>
		;
	Version =>
		(msize, v) := styx->compatible(m, Maxmsize, nil);
		if(msize < 256)
			srv.reply(ref Rmsg.Error(m.tag, "message size too small"));
		else{
			if(v != "unknown"){
				srv.msize = msize;
				lockfids(srv);
				for(i := 0; i < len srv.fids; i++)
					srv.fids[i] = nil;
				unlockfids(srv);
			}
			srv.reply(ref Rmsg.Version(m.tag, msize, v));
		}
	Auth =>
		srv.reply(ref Rmsg.Error(m.tag, "authentication not required"));
	Attach =>
		srv.attach(m);
	Flush =>
		srv.reply(ref Rmsg.Flush(m.tag));
	Walk =>
		srv.walk(m);
	Open =>
		srv.open(m);
	Read =>
		f := srv.read(m);
		if(f != nil)
			srv.reply(ref Rmsg.Error(m.tag, Eperm));
	Clunk =>
		srv.clunk(m);
	Stat =>
		srv.stat(m);
	Remove =>
		srv.remove(m);
	Create or Write or Wstat =>
		srv.reply(ref Rmsg.Error(m.tag, Eperm));
	}
}

readbytes(m: ref Tmsg.Read, d: array of byte): ref Rmsg.Read
{
	off := m.offset;
	if(off >= big len d)
		return ref Rmsg.Read(m.tag, nil);
	o := int off;
	e := o + m.count;
	if(e > len d)
		e = len d;
	return ref Rmsg.Read(m.tag, d[o:e]);
}

readstr(m: ref Tmsg.Read, s: string): ref Rmsg.Read
{
	return readbytes(m, array of byte s);
}
