implement Readdir;

# Reads whole directories and sorts their entries (see module/readdir.m).

include "sys.m";
	sys: Sys;
	Dir: import sys;
include "readdir.m";

init(path: string, sortkey: int): (array of ref Dir, int)
{
	if(sys == nil)
		sys = load Sys Sys->PATH;
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return (nil, -1);
	return readall(fd, sortkey);
}

readall(fd: ref Sys->FD, sortkey: int): (array of ref Dir, int)
{
	if(sys == nil)
		sys = load Sys Sys->PATH;
	a := array[32] of ref Dir;
	n := 0;
	names: list of string;
	for(;;){
		(m, d) := sys->dirread(fd);
		if(m < 0)
			return (nil, -1);
		if(m == 0)
			break;
		if(n + m > len a){
			b := array[2 * (n + m)] of ref Dir;
			b[0:] = a[0:n];
			a = b;
		}
		for(i := 0; i < m; i++){
			e := ref d[i];
			# the owners are nearly always the same few names: one
			# copy of each is kept, the others freed at once (a
			# directory's entries all come at once: on a small
			# machine their strings are much of its memory)
			(e.uid, names) = intern(e.uid, names);
			(e.gid, names) = intern(e.gid, names);
			(e.muid, names) = intern(e.muid, names);
			d[i].uid = d[i].gid = d[i].muid = nil;
			a[n++] = e;
		}
	}
	return sortdir(a[0:n], sortkey);
}

# s, or the same string already in names (a short list, kept so)
intern(s: string, names: list of string): (string, list of string)
{
	k := 0;
	for(l := names; l != nil; l = tl l){
		if(hd l == s)
			return (hd l, names);
		k++;
	}
	if(k < 8)
		names = s :: names;
	return (s, names);
}

sortdir(a: array of ref Dir, key: int): (array of ref Dir, int)
{
	if(key & COMPACT)
		a = compact(a);
	k := key & ~(COMPACT|DESCENDING);
	if(k != NONE && len a > 1){
		t := array[len a] of ref Dir;
		msort(a, t, k);
	}
	if(key & DESCENDING){
		for(i := 0; i < len a / 2; i++){
			j := len a - 1 - i;
			(a[i], a[j]) = (a[j], a[i]);
		}
	}
	return (a, len a);
}

# the entries with each name's first one only, in their order
compact(a: array of ref Dir): array of ref Dir
{
	# names seen, in a table hashed on the name
	nh := 2 * len a + 1;
	seen := array[nh] of list of string;
	b := array[len a] of ref Dir;
	n := 0;
	for(i := 0; i < len a; i++){
		name := a[i].name;
		h := hash(name, nh);
		for(l := seen[h]; l != nil; l = tl l)
			if(hd l == name)
				break;
		if(l != nil)
			continue;
		seen[h] = name :: seen[h];
		b[n++] = a[i];
	}
	return b[0:n];
}

hash(s: string, n: int): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) & 16r7fffffff;
	return h % n;
}

# does d come before e in the order of key?
before(d, e: ref Dir, key: int): int
{
	case key {
	ATIME =>
		if(d.atime != e.atime)
			return d.atime > e.atime;
	MTIME =>
		if(d.mtime != e.mtime)
			return d.mtime > e.mtime;
	SIZE =>
		if(d.length != e.length)
			return d.length < e.length;
	}
	return d.name < e.name;
}

# sort a in place, stably, using t (as long as a) for merging
msort(a, t: array of ref Dir, key: int)
{
	n := len a;
	if(n < 2)
		return;
	m := n / 2;
	msort(a[0:m], t[0:m], key);
	msort(a[m:], t[m:], key);
	i := 0;
	j := m;
	k := 0;
	while(i < m && j < n){
		if(before(a[j], a[i], key))
			t[k++] = a[j++];
		else
			t[k++] = a[i++];
	}
	while(i < m)
		t[k++] = a[i++];
	while(j < n)
		t[k++] = a[j++];
	a[0:] = t[0:n];
}
