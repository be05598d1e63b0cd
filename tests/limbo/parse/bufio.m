Bufio: module
{
	PATH:	con "/dis/lib/bufio.dis";

	SEEKSTART:	con 0;
	SEEKRELA:	con 1;
	SEEKEND:	con 2;
	OREAD:	con 0;
	OWRITE:	con 1;
	ORDWR:	con 2;
	EOF:	con -1;
	ERROR:	con -2;

	Iobuf: adt
	{
		fd:	ref Sys->FD;
		buffer:	array of byte;
		index:	int;
		size:	int;
		dirty:	int;
		bufpos:	big;
		filpos:	big;
		lastop:	int;
		mode:	int;

		getb:	fn(b: self ref Iobuf): int;
		getc:	fn(b: self ref Iobuf): int;
		gets:	fn(b: self ref Iobuf, sep: int): string;
		gett:	fn(b: self ref Iobuf, sep: string): string;
		ungetc:	fn(b: self ref Iobuf): int;
		read:	fn(b: self ref Iobuf, a: array of byte, n: int): int;
		puts:	fn(b: self ref Iobuf, s: string): int;
		putc:	fn(b: self ref Iobuf, c: int): int;
		flush:	fn(b: self ref Iobuf): int;
		close:	fn(b: self ref Iobuf);
		seek:	fn(b: self ref Iobuf, n: big, where: int): big;
	};

	open:	fn(name: string, mode: int): ref Iobuf;
	fopen:	fn(fd: ref Sys->FD, mode: int): ref Iobuf;
};
