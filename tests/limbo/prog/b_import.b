# Module members used unqualified after import (functions, adts) from
# the Sys handle; constants and adt types through the module type and
# through the handle; adt-valued constants (nulldir, zerodir).
implement BImport;

include "sys.m";
	sys: Sys;
	print, sprint, tokenize, FD, Dir, Qid: import sys;
include "draw.m";

BImport: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	print("%s\n", sprint("max %d", Sys->Maxint));
	(n, l) := tokenize("x y", " ");
	print("tokenize %d %s\n", n, hd tl l);
	fd: ref FD = sys->fildes(1);
	sys->fprint(fd, "fd %d\n", fd != nil);
	q := Qid(big 5, 1, Sys->QTDIR);
	q2 := Sys->Qid(big 6, 2, sys->QTFILE);
	print("qid %bd %d %d %bd %d\n", q.path, q.vers, q.qtype, q2.path, q2.qtype);
	print("consts %d %d %d %d %s\n", sys->OREAD, Sys->ORDWR, sys->UTFmax, Sys->UTFerror, Sys->PATH);
	d: Dir;
	d = sys->zerodir;
	print("zerodir %bd %d %d '%s'\n", d.length, d.mode, d.qid.vers, d.name);
	d = Sys->nulldir;
	print("nulldir %bd %d %d %bd\n", d.length, d.mode, d.dtype, d.qid.path);
	d.name = "x";
	print("name %s\n", d.name);
	print("dmdir %d %x\n", Sys->DMDIR, Sys->DMDIR);
}
