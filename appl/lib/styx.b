implement Styx;

# Styx (9P2000) messages: packing Tmsg and Rmsg values into bytes and
# unpacking bytes into them, checking every field on the way in
# (styx.md §1-4); reading whole messages from a file descriptor.
# A malformed message unpacks to (-1, nil): the connection's problem,
# never an exception.

include "sys.m";
	sys: Sys;
include "styx.m";

H: con BIT32SZ+BIT8SZ+BIT16SZ;	# size[4] type[1] tag[2]
MAXMSG: con 16r7FFFFFFF;

init()
{
	sys = load Sys Sys->PATH;
}

utflen(s: string): int
{
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c < 16r80)
			n++;
		else if(c < 16r800)
			n += 2;
		else if(c < 16r10000)
			n += 3;
		else
			n += 4;
	}
	return n;
}

# little-endian fields

p16(a: array of byte, o: int, v: int): int
{
	a[o] = byte v;
	a[o+1] = byte (v>>8);
	return o+2;
}

p32(a: array of byte, o: int, v: int): int
{
	a[o] = byte v;
	a[o+1] = byte (v>>8);
	a[o+2] = byte (v>>16);
	a[o+3] = byte (v>>24);
	return o+4;
}

p64(a: array of byte, o: int, v: big): int
{
	o = p32(a, o, int v);
	return p32(a, o, int (v>>32));
}

pstr(a: array of byte, o: int, s: string): int
{
	b := array of byte s;
	o = p16(a, o, len b);
	a[o:] = b;
	return o + len b;
}

pqid(a: array of byte, o: int, q: Sys->Qid): int
{
	a[o] = byte q.qtype;
	o = p32(a, o+1, q.vers);
	return p64(a, o, q.path);
}

g16(a: array of byte, o: int): int
{
	return int a[o] | int a[o+1]<<8;
}

g32(a: array of byte, o: int): int
{
	return int a[o] | int a[o+1]<<8 | int a[o+2]<<16 | int a[o+3]<<24;
}

g64(a: array of byte, o: int): big
{
	return (big g32(a, o) & 16rFFFFFFFF) | (big g32(a, o+4) << 32);
}

gqid(a: array of byte, o: int): Sys->Qid
{
	return Sys->Qid(g64(a, o+5), g32(a, o+1), int a[o]);
}

# A string at o in a[0:e]: (string, next offset), or (nil, -1) if it
# overruns, holds a NUL or is not UTF-8.
gstr(a: array of byte, o: int, e: int): (string, int)
{
	if(o < 0 || o+BIT16SZ > e)
		return (nil, -1);
	n := g16(a, o);
	o += BIT16SZ;
	if(o+n > e)
		return (nil, -1);
	for(i := o; i < o+n; i++)
		if(a[i] == byte 0)
			return (nil, -1);
	s := string a[o:o+n];
	# not UTF-8 if it does not come back the same (bad bytes become U+FFFD, a cut sequence goes)
	b := array of byte s;
	if(len b != n)
		return (nil, -1);
	for(i = 0; i < n; i++)
		if(b[i] != a[o+i])
			return (nil, -1);
	return (s, o+n);
}

packdirsize(d: Sys->Dir): int
{
	return STATFIXLEN + utflen(d.name) + utflen(d.uid) + utflen(d.gid) + utflen(d.muid);
}

packdir(d: Sys->Dir): array of byte
{
	n := packdirsize(d);
	a := array[n] of byte;
	o := p16(a, 0, n-BIT16SZ);
	o = p16(a, o, d.dtype);
	o = p32(a, o, d.dev);
	o = pqid(a, o, d.qid);
	o = p32(a, o, d.mode);
	o = p32(a, o, d.atime);
	o = p32(a, o, d.mtime);
	o = p64(a, o, d.length);
	o = pstr(a, o, d.name);
	o = pstr(a, o, d.uid);
	o = pstr(a, o, d.gid);
	o = pstr(a, o, d.muid);
	return a;
}

# One stat entry at the start of f: (its size, the Dir), or (-1, nil Dir) if malformed.
unpackdir(f: array of byte): (int, Sys->Dir)
{
	d: Sys->Dir;
	if(len f < STATFIXLEN)
		return (-1, d);
	n := g16(f, 0) + BIT16SZ;
	if(n < STATFIXLEN || n > len f)
		return (-1, d);
	d.dtype = g16(f, 2);
	d.dev = g32(f, 4);
	d.qid = gqid(f, 8);
	d.mode = g32(f, 21);
	d.atime = g32(f, 25);
	d.mtime = g32(f, 29);
	d.length = g64(f, 33);
	o := 41;
	(d.name, o) = gstr(f, o, n);
	(d.uid, o) = gstr(f, o, n);
	(d.gid, o) = gstr(f, o, n);
	(d.muid, o) = gstr(f, o, n);
	if(o != n)
		return (-1, d);
	return (n, d);
}

qid2text(q: Sys->Qid): string
{
	return sys->sprint("(%.16bux %d %.2ux)", q.path, q.vers, q.qtype);
}

dir2text(d: Sys->Dir): string
{
	return sys->sprint("[%q %q %q %q %s %#uo %d %d %bd %d %d]",
		d.name, d.uid, d.gid, d.muid, qid2text(d.qid), d.mode, d.atime, d.mtime, d.length, d.dtype, d.dev);
}

istmsg(f: array of byte): int
{
	if(len f < H)
		return -1;
	return (int f[BIT32SZ] & 1) == 0;
}

# Read one whole message (at most msize bytes; 0 means any size):
# (message, nil), (nil, nil) at the end, (nil, error) otherwise.
readmsg(fd: ref Sys->FD, msize: int): (array of byte, string)
{
	if(msize <= 0)
		msize = MAXMSG;
	hdr := array[BIT32SZ] of byte;
	n := sys->readn(fd, hdr, BIT32SZ);
	if(n == 0)
		return (nil, nil);
	if(n < 0)
		return (nil, sys->sprint("%r"));
	if(n < BIT32SZ)
		return (nil, "truncated message size");
	size := g32(hdr, 0);
	if(size < H)
		return (nil, sys->sprint("message size %d too small", size));
	if(size > msize)
		return (nil, sys->sprint("message size %d exceeds %d", size, msize));
	a := array[size] of byte;
	a[0:] = hdr;
	n = sys->readn(fd, a[BIT32SZ:], size-BIT32SZ);
	if(n < 0)
		return (nil, sys->sprint("%r"));
	if(n < size-BIT32SZ)
		return (nil, "truncated message");
	return (a, nil);
}

compatible(t: ref Tmsg.Version, msize: int, version: string): (int, string)
{
	if(version == nil)
		version = VERSION;
	if(msize <= 0 || t.msize < msize)
		msize = t.msize;
	v := t.version;
	for(i := 0; i < len v; i++)
		if(v[i] == '.'){
			v = v[0:i];
			break;
		}
	if(len v < 2 || v[0:2] != "9P" || v < version)
		return (msize, "unknown");
	return (msize, version);
}

write(fd: ref Sys->FD, a: array of byte, n: int): int
{
	return sys->write(fd, a, n);
}

# Tmsg

Tmsg.mtype(m: self ref Tmsg): int
{
	pick t := m {
	Version =>	return Tversion;
	Auth =>	return Tauth;
	Attach =>	return Tattach;
	Flush =>	return Tflush;
	Walk =>	return Twalk;
	Open =>	return Topen;
	Create =>	return Tcreate;
	Read =>	return Tread;
	Write =>	return Twrite;
	Clunk =>	return Tclunk;
	Stat =>	return Tstat;
	Remove =>	return Tremove;
	Wstat =>	return Twstat;
	}
	return 0;
}

Tmsg.packedsize(m: self ref Tmsg): int
{
	n := H;
	pick t := m {
	Version =>
		n += BIT32SZ + BIT16SZ + utflen(t.version);
	Auth =>
		n += BIT32SZ + BIT16SZ + utflen(t.uname) + BIT16SZ + utflen(t.aname);
	Attach =>
		n += 2*BIT32SZ + BIT16SZ + utflen(t.uname) + BIT16SZ + utflen(t.aname);
	Flush =>
		n += BIT16SZ;
	Walk =>
		n += 2*BIT32SZ + BIT16SZ;
		for(i := 0; i < len t.names; i++)
			n += BIT16SZ + utflen(t.names[i]);
	Open =>
		n += BIT32SZ + BIT8SZ;
	Create =>
		n += BIT32SZ + BIT16SZ + utflen(t.name) + BIT32SZ + BIT8SZ;
	Read =>
		n += BIT32SZ + BIT64SZ + BIT32SZ;
	Write =>
		n += BIT32SZ + BIT64SZ + BIT32SZ + len t.data;
	Clunk or Stat or Remove =>
		n += BIT32SZ;
	Wstat =>
		n += BIT32SZ + BIT16SZ + packdirsize(t.stat);
	Readerror =>
		return 0;
	}
	return n;
}

Tmsg.pack(m: self ref Tmsg): array of byte
{
	n := m.packedsize();
	if(n == 0)
		return nil;
	a := array[n] of byte;
	o := p32(a, 0, n);
	a[o++] = byte m.mtype();
	o = p16(a, o, m.tag);
	pick t := m {
	Version =>
		o = p32(a, o, t.msize);
		o = pstr(a, o, t.version);
	Auth =>
		o = p32(a, o, t.afid);
		o = pstr(a, o, t.uname);
		o = pstr(a, o, t.aname);
	Attach =>
		o = p32(a, o, t.fid);
		o = p32(a, o, t.afid);
		o = pstr(a, o, t.uname);
		o = pstr(a, o, t.aname);
	Flush =>
		o = p16(a, o, t.oldtag);
	Walk =>
		o = p32(a, o, t.fid);
		o = p32(a, o, t.newfid);
		o = p16(a, o, len t.names);
		for(i := 0; i < len t.names; i++)
			o = pstr(a, o, t.names[i]);
	Open =>
		o = p32(a, o, t.fid);
		a[o++] = byte t.mode;
	Create =>
		o = p32(a, o, t.fid);
		o = pstr(a, o, t.name);
		o = p32(a, o, t.perm);
		a[o++] = byte t.mode;
	Read =>
		o = p32(a, o, t.fid);
		o = p64(a, o, t.offset);
		o = p32(a, o, t.count);
	Write =>
		o = p32(a, o, t.fid);
		o = p64(a, o, t.offset);
		o = p32(a, o, len t.data);
		a[o:] = t.data;
		o += len t.data;
	Clunk or Stat or Remove =>
		o = p32(a, o, t.fid);
	Wstat =>
		o = p32(a, o, t.fid);
		d := packdir(t.stat);
		o = p16(a, o, len d);
		a[o:] = d;
		o += len d;
	}
	return a;
}

# (bytes used, message) for the first message in a; (0, nil) if a holds
# only part of one; (-1, nil) if it is malformed.
Tmsg.unpack(a: array of byte): (int, ref Tmsg)
{
	if(len a < BIT32SZ)
		return (0, nil);
	size := g32(a, 0);
	if(size < H)
		return (-1, nil);
	if(len a < size)
		return (0, nil);
	m := tunpack(a[0:size]);
	if(m == nil)
		return (-1, nil);
	return (size, m);
}

tunpack(a: array of byte): ref Tmsg
{
	e := len a;
	typ := int a[4];
	tag := g16(a, 5);
	o := H;
	m: ref Tmsg;
	case typ {
	Tversion =>
		if(o+BIT32SZ > e)
			return nil;
		msize := g32(a, o);
		(v, o1) := gstr(a, o+BIT32SZ, e);
		o = o1;
		m = ref Tmsg.Version(tag, msize, v);
	Tauth =>
		if(o+BIT32SZ > e)
			return nil;
		afid := g32(a, o);
		(u, o1) := gstr(a, o+BIT32SZ, e);
		(an, o2) := gstr(a, o1, e);
		o = o2;
		m = ref Tmsg.Auth(tag, afid, u, an);
	Tattach =>
		if(o+2*BIT32SZ > e)
			return nil;
		fid := g32(a, o);
		afid := g32(a, o+BIT32SZ);
		(u, o1) := gstr(a, o+2*BIT32SZ, e);
		(an, o2) := gstr(a, o1, e);
		o = o2;
		m = ref Tmsg.Attach(tag, fid, afid, u, an);
	Tflush =>
		if(o+BIT16SZ > e)
			return nil;
		m = ref Tmsg.Flush(tag, g16(a, o));
		o += BIT16SZ;
	Twalk =>
		if(o+2*BIT32SZ+BIT16SZ > e)
			return nil;
		fid := g32(a, o);
		newfid := g32(a, o+BIT32SZ);
		nw := g16(a, o+2*BIT32SZ);
		if(nw > MAXWELEM)
			return nil;
		o += 2*BIT32SZ+BIT16SZ;
		names := array[nw] of string;
		for(i := 0; i < nw && o >= 0; i++)
			(names[i], o) = gstr(a, o, e);
		m = ref Tmsg.Walk(tag, fid, newfid, names);
	Topen =>
		if(o+BIT32SZ+BIT8SZ > e)
			return nil;
		m = ref Tmsg.Open(tag, g32(a, o), int a[o+BIT32SZ]);
		o += BIT32SZ+BIT8SZ;
	Tcreate =>
		if(o+BIT32SZ > e)
			return nil;
		fid := g32(a, o);
		(name, o1) := gstr(a, o+BIT32SZ, e);
		if(o1 < 0 || o1+BIT32SZ+BIT8SZ > e)
			return nil;
		m = ref Tmsg.Create(tag, fid, name, g32(a, o1), int a[o1+BIT32SZ]);
		o = o1+BIT32SZ+BIT8SZ;
	Tread =>
		if(o+BIT32SZ+BIT64SZ+BIT32SZ > e)
			return nil;
		count := g32(a, o+BIT32SZ+BIT64SZ);
		if(count < 0)
			return nil;
		m = ref Tmsg.Read(tag, g32(a, o), g64(a, o+BIT32SZ), count);
		o += BIT32SZ+BIT64SZ+BIT32SZ;
	Twrite =>
		if(o+BIT32SZ+BIT64SZ+BIT32SZ > e)
			return nil;
		fid := g32(a, o);
		off := g64(a, o+BIT32SZ);
		count := g32(a, o+BIT32SZ+BIT64SZ);
		o += BIT32SZ+BIT64SZ+BIT32SZ;
		if(count < 0 || o+count > e)
			return nil;
		m = ref Tmsg.Write(tag, fid, off, a[o:o+count]);
		o += count;
	Tclunk or Tstat or Tremove =>
		if(o+BIT32SZ > e)
			return nil;
		fid := g32(a, o);
		o += BIT32SZ;
		case typ {
		Tclunk =>
			m = ref Tmsg.Clunk(tag, fid);
		Tstat =>
			m = ref Tmsg.Stat(tag, fid);
		* =>
			m = ref Tmsg.Remove(tag, fid);
		}
	Twstat =>
		if(o+BIT32SZ+BIT16SZ > e)
			return nil;
		fid := g32(a, o);
		n := g16(a, o+BIT32SZ);
		o += BIT32SZ+BIT16SZ;
		if(o+n > e)
			return nil;
		(dn, d) := unpackdir(a[o:o+n]);
		if(dn != n)
			return nil;
		o += n;
		m = ref Tmsg.Wstat(tag, fid, d);
	* =>
		return nil;
	}
	if(o != e)
		return nil;
	return m;
}

Tmsg.read(fd: ref Sys->FD, msize: int): ref Tmsg
{
	(a, err) := readmsg(fd, msize);
	if(err != nil)
		return ref Tmsg.Readerror(0, err);
	if(a == nil)
		return nil;
	(n, m) := Tmsg.unpack(a);
	if(n <= 0 || m == nil)
		return ref Tmsg.Readerror(0, "bad Styx T-message format");
	return m;
}

Tmsg.text(m: self ref Tmsg): string
{
	if(m == nil)
		return "nil";
	s := sys->sprint("%s tag %ud", tname(m.mtype()), m.tag);
	pick t := m {
	Readerror =>
		return "Treaderror " + t.error;
	Version =>
		s += sys->sprint(" msize %d version %q", t.msize, t.version);
	Auth =>
		s += sys->sprint(" afid %d uname %q aname %q", t.afid, t.uname, t.aname);
	Attach =>
		s += sys->sprint(" fid %d afid %d uname %q aname %q", t.fid, t.afid, t.uname, t.aname);
	Flush =>
		s += sys->sprint(" oldtag %d", t.oldtag);
	Walk =>
		s += sys->sprint(" fid %d newfid %d", t.fid, t.newfid);
		for(i := 0; i < len t.names; i++)
			s += sys->sprint(" %q", t.names[i]);
	Open =>
		s += sys->sprint(" fid %d mode %d", t.fid, t.mode);
	Create =>
		s += sys->sprint(" fid %d name %q perm %#uo mode %d", t.fid, t.name, t.perm, t.mode);
	Read =>
		s += sys->sprint(" fid %d offset %bd count %d", t.fid, t.offset, t.count);
	Write =>
		s += sys->sprint(" fid %d offset %bd count %d", t.fid, t.offset, len t.data);
	Clunk or Stat or Remove =>
		s += sys->sprint(" fid %d", t.fid);
	Wstat =>
		s += sys->sprint(" fid %d stat %s", t.fid, dir2text(t.stat));
	}
	return s;
}

tname(t: int): string
{
	names := array[] of {
		"Tversion", "Rversion", "Tauth", "Rauth", "Tattach", "Rattach",
		"Terror", "Rerror", "Tflush", "Rflush", "Twalk", "Rwalk",
		"Topen", "Ropen", "Tcreate", "Rcreate", "Tread", "Rread",
		"Twrite", "Rwrite", "Tclunk", "Rclunk", "Tremove", "Rremove",
		"Tstat", "Rstat", "Twstat", "Rwstat",
	};
	if(t >= Tversion && t < Tmax)
		return names[t-Tversion];
	return "type" + string t;
}

# Rmsg

Rmsg.mtype(m: self ref Rmsg): int
{
	pick r := m {
	Version =>	return Rversion;
	Auth =>	return Rauth;
	Attach =>	return Rattach;
	Flush =>	return Rflush;
	Error =>	return Rerror;
	Clunk =>	return Rclunk;
	Remove =>	return Rremove;
	Wstat =>	return Rwstat;
	Walk =>	return Rwalk;
	Create =>	return Rcreate;
	Open =>	return Ropen;
	Read =>	return Rread;
	Write =>	return Rwrite;
	Stat =>	return Rstat;
	}
	return 0;
}

Rmsg.packedsize(m: self ref Rmsg): int
{
	n := H;
	pick r := m {
	Version =>
		n += BIT32SZ + BIT16SZ + utflen(r.version);
	Auth =>
		n += QIDSZ;
	Attach =>
		n += QIDSZ;
	Flush or Clunk or Remove or Wstat =>
		;
	Error =>
		n += BIT16SZ + utflen(r.ename);
	Walk =>
		n += BIT16SZ + QIDSZ*len r.qids;
	Create or Open =>
		n += QIDSZ + BIT32SZ;
	Read =>
		n += BIT32SZ + len r.data;
	Write =>
		n += BIT32SZ;
	Stat =>
		n += BIT16SZ + packdirsize(r.stat);
	Readerror =>
		return 0;
	}
	return n;
}

Rmsg.pack(m: self ref Rmsg): array of byte
{
	n := m.packedsize();
	if(n == 0)
		return nil;
	a := array[n] of byte;
	o := p32(a, 0, n);
	a[o++] = byte m.mtype();
	o = p16(a, o, m.tag);
	pick r := m {
	Version =>
		o = p32(a, o, r.msize);
		o = pstr(a, o, r.version);
	Auth =>
		o = pqid(a, o, r.aqid);
	Attach =>
		o = pqid(a, o, r.qid);
	Error =>
		o = pstr(a, o, r.ename);
	Walk =>
		o = p16(a, o, len r.qids);
		for(i := 0; i < len r.qids; i++)
			o = pqid(a, o, r.qids[i]);
	Create or Open =>
		o = pqid(a, o, r.qid);
		o = p32(a, o, r.iounit);
	Read =>
		o = p32(a, o, len r.data);
		a[o:] = r.data;
	Write =>
		o = p32(a, o, r.count);
	Stat =>
		d := packdir(r.stat);
		o = p16(a, o, len d);
		a[o:] = d;
	}
	return a;
}

Rmsg.unpack(a: array of byte): (int, ref Rmsg)
{
	if(len a < BIT32SZ)
		return (0, nil);
	size := g32(a, 0);
	if(size < H)
		return (-1, nil);
	if(len a < size)
		return (0, nil);
	m := runpack(a[0:size]);
	if(m == nil)
		return (-1, nil);
	return (size, m);
}

runpack(a: array of byte): ref Rmsg
{
	e := len a;
	typ := int a[4];
	tag := g16(a, 5);
	o := H;
	m: ref Rmsg;
	case typ {
	Rversion =>
		if(o+BIT32SZ > e)
			return nil;
		msize := g32(a, o);
		(v, o1) := gstr(a, o+BIT32SZ, e);
		o = o1;
		m = ref Rmsg.Version(tag, msize, v);
	Rauth or Rattach =>
		if(o+QIDSZ > e)
			return nil;
		q := gqid(a, o);
		o += QIDSZ;
		if(typ == Rauth)
			m = ref Rmsg.Auth(tag, q);
		else
			m = ref Rmsg.Attach(tag, q);
	Rerror =>
		(s, o1) := gstr(a, o, e);
		o = o1;
		m = ref Rmsg.Error(tag, s);
	Rflush =>
		m = ref Rmsg.Flush(tag);
	Rclunk =>
		m = ref Rmsg.Clunk(tag);
	Rremove =>
		m = ref Rmsg.Remove(tag);
	Rwstat =>
		m = ref Rmsg.Wstat(tag);
	Rwalk =>
		if(o+BIT16SZ > e)
			return nil;
		nq := g16(a, o);
		o += BIT16SZ;
		if(nq > MAXWELEM || o+nq*QIDSZ > e)
			return nil;
		qids := array[nq] of Sys->Qid;
		for(i := 0; i < nq; i++){
			qids[i] = gqid(a, o);
			o += QIDSZ;
		}
		m = ref Rmsg.Walk(tag, qids);
	Ropen or Rcreate =>
		if(o+QIDSZ+BIT32SZ > e)
			return nil;
		q := gqid(a, o);
		iou := g32(a, o+QIDSZ);
		o += QIDSZ+BIT32SZ;
		if(typ == Ropen)
			m = ref Rmsg.Open(tag, q, iou);
		else
			m = ref Rmsg.Create(tag, q, iou);
	Rread =>
		if(o+BIT32SZ > e)
			return nil;
		count := g32(a, o);
		o += BIT32SZ;
		if(count < 0 || o+count > e)
			return nil;
		m = ref Rmsg.Read(tag, a[o:o+count]);
		o += count;
	Rwrite =>
		if(o+BIT32SZ > e)
			return nil;
		m = ref Rmsg.Write(tag, g32(a, o));
		o += BIT32SZ;
	Rstat =>
		if(o+BIT16SZ > e)
			return nil;
		n := g16(a, o);
		o += BIT16SZ;
		if(o+n > e)
			return nil;
		(dn, d) := unpackdir(a[o:o+n]);
		if(dn != n)
			return nil;
		o += n;
		m = ref Rmsg.Stat(tag, d);
	* =>
		return nil;
	}
	if(o != e)
		return nil;
	return m;
}

Rmsg.read(fd: ref Sys->FD, msize: int): ref Rmsg
{
	(a, err) := readmsg(fd, msize);
	if(err != nil)
		return ref Rmsg.Readerror(0, err);
	if(a == nil)
		return nil;
	(n, m) := Rmsg.unpack(a);
	if(n <= 0 || m == nil)
		return ref Rmsg.Readerror(0, "bad Styx R-message format");
	return m;
}

Rmsg.text(m: self ref Rmsg): string
{
	if(m == nil)
		return "nil";
	s := sys->sprint("%s tag %ud", tname(m.mtype()), m.tag);
	pick r := m {
	Readerror =>
		return "Rreaderror " + r.error;
	Version =>
		s += sys->sprint(" msize %d version %q", r.msize, r.version);
	Auth =>
		s += " aqid " + qid2text(r.aqid);
	Attach =>
		s += " qid " + qid2text(r.qid);
	Error =>
		s += sys->sprint(" ename %q", r.ename);
	Walk =>
		for(i := 0; i < len r.qids; i++)
			s += " " + qid2text(r.qids[i]);
	Create or Open =>
		s += sys->sprint(" qid %s iounit %d", qid2text(r.qid), r.iounit);
	Read =>
		s += sys->sprint(" count %d", len r.data);
	Write =>
		s += sys->sprint(" count %d", r.count);
	Stat =>
		s += " stat " + dir2text(r.stat);
	}
	return s;
}
