implement Test;

# Tests of Readdir: each sort key, DESCENDING, COMPACT, errors, a
# directory larger than one dirread.

include "sys.m";
	sys: Sys;
	Dir: import sys;
include "draw.m";
include "readdir.m";
	rd: Readdir;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	rd = load Readdir Readdir->PATH;
	if(rd == nil){
		sys->print("cannot load %s: %r\n", Readdir->PATH);
		raise "fail:load";
	}
	sys->create("/tmp/d", Sys->OREAD, Sys->DMDIR|8r777);
	# name, length, mtime
	mk("b", 5, 300);
	mk("a", 10, 100);
	mk("C", 0, 200);
	mk("é", 3, 400);
	mk("ab", 5, 300);
	show("name", rd->init("/tmp/d", Readdir->NAME));
	show("name desc", rd->init("/tmp/d", Readdir->NAME|Readdir->DESCENDING));
	show("mtime", rd->init("/tmp/d", Readdir->MTIME));
	show("mtime desc", rd->init("/tmp/d", Readdir->MTIME|Readdir->DESCENDING));
	show("atime", rd->init("/tmp/d", Readdir->ATIME));
	show("size", rd->init("/tmp/d", Readdir->SIZE));
	(a, n) := rd->init("/tmp/d", Readdir->NONE);
	show("none, then by name", rd->sortdir(a, Readdir->NAME));
	sys->print("%d\n", n);

	fd := sys->open("/tmp/d", Sys->OREAD);
	show("readall size desc", rd->readall(fd, Readdir->SIZE|Readdir->DESCENDING));
	show("readall again", rd->readall(fd, Readdir->NAME));

	(a, n) = rd->init("/tmp/nonexistent", Readdir->NAME);
	sys->print("nonexistent: %d %d %r\n", n, a == nil);

	sys->create("/tmp/empty", Sys->OREAD, Sys->DMDIR|8r777);
	show("empty", rd->init("/tmp/empty", Readdir->NAME));

	compact();
	large();
}

mk(name: string, length, mtime: int)
{
	fd := sys->create("/tmp/d/" + name, Sys->OWRITE, 8r666);
	sys->write(fd, array[length] of {* => byte 'x'}, length);
	fd = nil;
	d := sys->nulldir;
	d.mtime = mtime;
	d.atime = 1000 - mtime;
	if(sys->wstat("/tmp/d/" + name, d) < 0)
		sys->print("wstat %s: %r\n", name);
}

show(what: string, r: (array of ref Dir, int))
{
	(a, n) := r;
	sys->print("%s: %d", what, n);
	for(i := 0; i < len a; i++)
		sys->print(" %s", a[i].name);
	sys->print("\n");
}

dir(name: string, mtime: int): ref Dir
{
	d := ref sys->zerodir;
	d.name = name;
	d.mtime = mtime;
	return d;
}

compact()
{
	a := array[] of {dir("x", 1), dir("y", 2), dir("x", 3), dir("z", 4), dir("y", 5)};
	(b, n) := rd->sortdir(a, Readdir->NONE|Readdir->COMPACT);
	sys->print("compact: %d", n);
	for(i := 0; i < n; i++)
		sys->print(" %s%d", b[i].name, b[i].mtime);
	sys->print("\n");
	a = array[] of {dir("x", 1), dir("y", 2), dir("x", 3), dir("z", 4), dir("y", 5)};
	show("compact name desc", rd->sortdir(a, Readdir->NAME|Readdir->COMPACT|Readdir->DESCENDING));
	a = array[] of {dir("x", 1), dir("y", 2), dir("x", 3)};
	show("not compact", rd->sortdir(a, Readdir->NAME));
	show("nothing", rd->sortdir(array[0] of ref Dir, Readdir->NAME));
}

large()
{
	sys->create("/tmp/large", Sys->OREAD, Sys->DMDIR|8r777);
	for(i := 199; i >= 0; i--)
		sys->create(sys->sprint("/tmp/large/file%.3d-with-a-longer-name", i), Sys->OWRITE, 8r666);
	(a, n) := rd->init("/tmp/large", Readdir->NAME);
	bad := 0;
	for(i = 0; i < n; i++)
		if(a[i].name != sys->sprint("file%.3d-with-a-longer-name", i))
			bad++;
	sys->print("large: %d %d %d %s\n", n, len a, bad, a[n-1].name);
}
