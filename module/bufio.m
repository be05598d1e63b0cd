# Bufio: buffered input and output on a file descriptor, a string or
# an array of byte. Needs sys.m. The declarations (names, types, adt
# fields and their order) are Inferno's, so that programs compiled on
# Inferno link with Ember's library: a module's signature hashes them.

Bufio: module
{
	PATH:		con "/dis/lib/bufio.dis";

	# where seek counts from
	SEEKSTART:	con Sys->SEEKSTART;
	SEEKRELA:	con Sys->SEEKRELA;
	SEEKEND:	con Sys->SEEKEND;

	# open modes
	OREAD:		con Sys->OREAD;
	OWRITE:		con Sys->OWRITE;
	ORDWR:		con Sys->ORDWR;

	# what getb, getc and the ungets return at end of file or on error
	EOF:		con -1;
	ERROR:		con -2;

	Iobuf: adt {
		seek:		fn(b: self ref Iobuf, n: big, where: int): big;
		offset:		fn(b: self ref Iobuf): big;

		read:		fn(b: self ref Iobuf, a: array of byte, n: int): int;
		write:		fn(b: self ref Iobuf, a: array of byte, n: int): int;

		getb:		fn(b: self ref Iobuf): int;
		getc:		fn(b: self ref Iobuf): int;
		gets:		fn(b: self ref Iobuf, sep: int): string;
		gett:		fn(b: self ref Iobuf, sep: string): string;

		ungetb:		fn(b: self ref Iobuf): int;
		ungetc:		fn(b: self ref Iobuf): int;

		putb:		fn(b: self ref Iobuf, b: byte): int;
		putc:		fn(b: self ref Iobuf, c: int): int;
		puts:		fn(b: self ref Iobuf, s: string): int;

		flush:		fn(b: self ref Iobuf): int;
		close:		fn(b: self ref Iobuf);

		setfill:	fn(b: self ref Iobuf, f: BufioFill);

		# the state below belongs to the library; callers only read it
		fd:		ref Sys->FD;	# nil for sopen and aopen buffers
		buffer:		array of byte;
		index:		int;		# next byte of buffer to read or write
		size:		int;		# bytes of buffer holding data
		dirty:		int;		# buffer holds unwritten bytes
		bufpos:		big;		# file offset of buffer[0]
		filpos:		big;		# the descriptor's file offset
		lastop:		int;		# OREAD or OWRITE: the buffer's direction
		mode:		int;		# the mode it was opened with
	};

	open:		fn(name: string, mode: int): ref Iobuf;
	create:		fn(name: string, mode, perm: int): ref Iobuf;
	fopen:		fn(fd: ref Sys->FD, mode: int): ref Iobuf;
	sopen:		fn(input: string): ref Iobuf;
	aopen:		fn(input: array of byte): ref Iobuf;
};

# A module that refills an Iobuf's buffer when it runs dry (setfill):
# fill returns the number of bytes now in b.buffer, or EOF.
BufioFill: module
{
	fill:	fn(b: ref Bufio->Iobuf): int;
};

# Inferno's file2chan helper: declared for completeness, not provided
# by Ember (no /dis/lib/chanfill.dis).
ChanFill: module
{
	PATH:	con "/dis/lib/chanfill.dis";

	init:	fn(data: array of byte, fid: int, wc: Sys->Rwrite, r: ref Sys->FileIO, b: Bufio): ref Bufio->Iobuf;
	fill:	fn(b: ref Bufio->Iobuf): int;
};
