# Readdir: reads a whole directory and sorts its entries. Needs sys.m.
# The declarations are Inferno's.

Readdir: module
{
	PATH:	con	"/dis/lib/readdir.dis";

	# sort keys: NAME by name (Unicode order), ATIME and MTIME newest
	# first, SIZE smallest first, NONE as read (equal keys by name);
	# DESCENDING or'd in reverses the order; COMPACT or'd in keeps
	# only the first entry read of each name (a union's duplicates)
	NAME, ATIME, MTIME, SIZE, NONE: con iota;
	DESCENDING:	con (1<<5);

	# each returns the entries and their count, or (nil, -1) with the
	# error in %r
	init:		fn(path: string, sortkey: int): (array of ref Sys->Dir, int);
	readall:	fn(fd: ref Sys->FD, sortkey: int): (array of ref Sys->Dir, int);
	sortdir:	fn(a: array of ref Sys->Dir, key: int): (array of ref Sys->Dir, int);

	COMPACT:	con (1<<4);
};
