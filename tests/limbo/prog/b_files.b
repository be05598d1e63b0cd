# Files under /tmp through Sys: create, fprint and write, seek from the
# start, the current offset and the end, read to end of file, fstat and
# stat lengths, pread and pwrite, readn, OTRUNC, remove, and the %r
# text for a file that does not exist; fprint to fildes(1).
implement BFiles;

include "sys.m";
	sys: Sys;
include "draw.m";

BFiles: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Path: con "/tmp/b_files.txt";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(Path, Sys->ORDWR, 8r644);
	if(fd == nil){
		sys->print("create: %r\n");
		raise "fail:create";
	}
	n := sys->fprint(fd, "hello %d\n", 42);
	data := array of byte "second line\n";
	n2 := sys->write(fd, data, len data);
	sys->print("wrote %d %d\n", n, n2);
	sys->print("seek %bd\n", sys->seek(fd, big 0, Sys->SEEKSTART));
	buf := array[100] of byte;
	r := sys->read(fd, buf, len buf);
	sys->print("read %d %q\n", r, string buf[0:r]);
	sys->print("eof %d\n", sys->read(fd, buf, len buf));
	sys->print("seek %bd", sys->seek(fd, big 6, Sys->SEEKSTART));
	r = sys->read(fd, buf, 2);
	sys->print(" %s\n", string buf[0:r]);
	sys->print("seek end %bd", sys->seek(fd, big -5, Sys->SEEKEND));
	r = sys->read(fd, buf, len buf);
	sys->print(" %q\n", string buf[0:r]);
	sys->print("seek rel %bd", sys->seek(fd, big -3, Sys->SEEKRELA));
	r = sys->read(fd, buf, 3);
	sys->print(" %q\n", string buf[0:r]);
	(ok, d) := sys->fstat(fd);
	sys->print("fstat %d %s %bd\n", ok, d.name, d.length);
	sys->print("pwrite %d\n", sys->pwrite(fd, array of byte "HELLO", 5, big 0));
	r = sys->pread(fd, buf, 8, big 0);
	sys->print("pread %d %s\n", r, string buf[0:r]);
	fd = nil;

	(ok, d) = sys->stat(Path);
	sys->print("stat %d %bd\n", ok, d.length);
	fd = sys->open(Path, Sys->OREAD);
	r = sys->readn(fd, buf, 21);
	sys->print("readn %d %q\n", r, string buf[0:r]);
	sys->print("write on OREAD %d\n", sys->write(fd, data, 1));
	fd = sys->open(Path, Sys->OWRITE|Sys->OTRUNC);
	(ok, d) = sys->fstat(fd);
	sys->print("truncated %d %bd\n", ok, d.length);
	fd = nil;
	sys->print("remove %d\n", sys->remove(Path));
	fd = sys->open(Path, Sys->OREAD);
	if(fd == nil)
		sys->print("open: %r\n");
	sys->print("remove %d: %r\n", sys->remove(Path));
	sys->fprint(sys->fildes(1), "fprint to fd %d\n", 1);
}
