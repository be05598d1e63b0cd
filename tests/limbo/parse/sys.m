# A small part of the Sys interface (dis-link.md), for the parser tests.
Sys: module
{
	PATH:	con "$Sys";

	Maxint:	con 2147483647;
	ATOMICIO:	con 8192;
	OREAD, OWRITE, ORDWR: con iota;
	NEWFD, FORKFD, NEWNS: con 1 << iota;

	FD: adt
	{
		fd:	int;
	};

	Qid: adt
	{
		path:	big;
		vers:	int;
		qtype:	int;
	};

	Dir: adt
	{
		name:	string;
		uid:	string;
		qid:	Qid;
		mode:	int;
		length:	big;
	};

	Connection: adt
	{
		dfd:	ref FD;
		cfd:	ref FD;
		dir:	string;
	};

	announce:	fn(addr: string): (int, Connection);
	create:	fn(s: string, mode, perm: int): ref FD;
	fildes:	fn(fd: int): ref FD;
	fprint:	fn(fd: ref FD, s: string, *): int;
	fstat:	fn(fd: ref FD): (int, Dir);
	open:	fn(s: string, mode: int): ref FD;
	pctl:	fn(flags: int, movefd: list of int): int;
	print:	fn(s: string, *): int;
	read:	fn(fd: ref FD, buf: array of byte, n: int): int;
	sleep:	fn(period: int): int;
	sprint:	fn(s: string, *): string;
	tokenize:	fn(s, delim: string): (int, list of string);
	write:	fn(fd: ref FD, buf: array of byte, n: int): int;
};
