# The Sys interface as dis-link.md section 4 declares it (its adts and
# its 43 functions); limbo -t Sys must print sys.out, the type strings,
# signatures, frame sizes and frame maps of the table there.
Sys: module
{
	PATH:	con "$Sys";

	Qid: adt {
		path:	big;
		vers:	int;
		qtype:	int;
	};
	Dir: adt {
		name:	string;
		uid:	string;
		gid:	string;
		muid:	string;
		qid:	Qid;
		mode:	int;
		atime:	int;
		mtime:	int;
		length:	big;
		dtype:	int;
		dev:	int;
	};
	FD: adt {
		fd:	int;
	};
	Connection: adt {
		dfd:	ref FD;
		cfd:	ref FD;
		dir:	string;
	};
	Rread: type chan of (array of byte, string);
	Rwrite: type chan of (int, string);
	FileIO: adt {
		read:	chan of (int, int, int, Rread);
		write:	chan of (int, array of byte, int, Rwrite);
	};

	announce:	fn(addr: string): (int, Connection);
	aprint:	fn(s: string, *): array of byte;
	bind:	fn(s, on: string, flags: int): int;
	byte2char:	fn(buf: array of byte, n: int): (int, int, int);
	char2byte:	fn(c: int, buf: array of byte, n: int): int;
	chdir:	fn(path: string): int;
	create:	fn(s: string, mode, perm: int): ref FD;
	dial:	fn(addr, local: string): (int, Connection);
	dirread:	fn(fd: ref FD): (int, array of Dir);
	dup:	fn(old, new: int): int;
	export:	fn(c: ref FD, dir: string, flag: int): int;
	fauth:	fn(fd: ref FD, aname: string): ref FD;
	fd2path:	fn(fd: ref FD): string;
	fildes:	fn(fd: int): ref FD;
	file2chan:	fn(dir, file: string): ref FileIO;
	fprint:	fn(fd: ref FD, s: string, *): int;
	fstat:	fn(fd: ref FD): (int, Dir);
	fversion:	fn(fd: ref FD, msize: int, version: string): (int, string);
	fwstat:	fn(fd: ref FD, d: Dir): int;
	iounit:	fn(fd: ref FD): int;
	listen:	fn(c: Connection): (int, Connection);
	millisec:	fn(): int;
	mount:	fn(fd: ref FD, afd: ref FD, on: string, flags: int, spec: string): int;
	open:	fn(s: string, mode: int): ref FD;
	pctl:	fn(flags: int, movefd: list of int): int;
	pipe:	fn(fds: array of ref FD): int;
	pread:	fn(fd: ref FD, buf: array of byte, n: int, off: big): int;
	print:	fn(s: string, *): int;
	pwrite:	fn(fd: ref FD, buf: array of byte, n: int, off: big): int;
	read:	fn(fd: ref FD, buf: array of byte, n: int): int;
	readn:	fn(fd: ref FD, buf: array of byte, n: int): int;
	remove:	fn(s: string): int;
	seek:	fn(fd: ref FD, off: big, start: int): big;
	sleep:	fn(period: int): int;
	sprint:	fn(s: string, *): string;
	stat:	fn(s: string): (int, Dir);
	stream:	fn(src, dst: ref FD, bufsiz: int): int;
	tokenize:	fn(s, delim: string): (int, list of string);
	unmount:	fn(s1: string, s2: string): int;
	utfbytes:	fn(buf: array of byte, n: int): int;
	werrstr:	fn(s: string): int;
	write:	fn(fd: ref FD, buf: array of byte, n: int): int;
	wstat:	fn(s: string, d: Dir): int;
};
