implement Bufio;

# Buffered input and output over a file descriptor (open, create,
# fopen) or over bytes already in memory (sopen, aopen).
#
# One buffer serves both directions; lastop says which one it holds.
# Reading: buffer[index:size] is data not yet consumed and bufpos is
# the file offset of buffer[0]. Writing: buffer[0:index] is data not
# yet written, to go at file offset bufpos. Either way the caller's
# position, offset(), is bufpos+index, and filpos is where the
# descriptor itself stands. A refill keeps the last few bytes already
# consumed at the front of the buffer, so that ungetb and ungetc work
# just after a refill too.
#
# A buffer starts small (Bufinit) and doubles, up to Bufsize, only when
# a read fills it or a write needs more room, so that the many small
# users (a console, a short file, a few lines of output) do not hold
# 8 Kbytes each; on the RP2040, whose reads return at most 1 Kbyte, a
# read buffer stops at 2 Kbytes. What is read and written is as with a
# buffer of Bufsize from the start: a write is passed on only when
# Bufsize bytes are waiting (or on flush), a read of Bufsize or more
# still goes straight to the caller.

include "sys.m";
	sys: Sys;
include "bufio.m";

Bufsize: con Sys->ATOMICIO;	# bytes read or written at once, at most
Bufinit: con 512;		# a new buffer's room
Keep: con Sys->UTFmax;		# bytes of history kept for ungetc

# the fill modules given to setfill, by buffer
fillers: list of (ref Iobuf, BufioFill);

# the byte table of an ASCII separator set, for getdelim
Septab: adt {
	sep:	string;
	tab:	array of byte;	# tab[c] != 0: byte c ends a line
};
septab: ref Septab;

loadsys()
{
	if(sys == nil)
		sys = load Sys Sys->PATH;
}

open(name: string, mode: int): ref Iobuf
{
	loadsys();
	fd := sys->open(name, mode);
	if(fd == nil)
		return nil;
	return newbuf(fd, mode, big 0);
}

create(name: string, mode, perm: int): ref Iobuf
{
	loadsys();
	fd := sys->create(name, mode, perm);
	if(fd == nil)
		return nil;
	return newbuf(fd, mode, big 0);
}

fopen(fd: ref Sys->FD, mode: int): ref Iobuf
{
	loadsys();
	if(fd == nil)
		return nil;
	# the descriptor may be part way through its file; a pipe or
	# console cannot say, and counts from 0
	off := sys->seek(fd, big 0, SEEKRELA);
	if(off < big 0)
		off = big 0;
	return newbuf(fd, mode, off);
}

sopen(input: string): ref Iobuf
{
	return aopen(array of byte input);
}

# an Iobuf whose buffer is the input itself: no descriptor, read only
aopen(input: array of byte): ref Iobuf
{
	loadsys();
	if(input == nil)
		input = array[0] of byte;
	n := len input;
	return ref Iobuf(nil, input, 0, n, 0, big 0, big n, OREAD, OREAD);
}

newbuf(fd: ref Sys->FD, mode: int, off: big): ref Iobuf
{
	op := OREAD;
	if((mode & 3) == OWRITE)
		op = OWRITE;
	return ref Iobuf(fd, array[Bufinit+Keep] of byte, 0, 0, 0, off, off, op, mode);
}

# the room for data in b's buffer (a full one has Keep more bytes)
room(b: ref Iobuf): int
{
	return len b.buffer - Keep;
}

# give b's buffer room for at least n bytes (at most Bufsize), doubling
# it; its first b.size bytes are kept
enlarge(b: ref Iobuf, n: int)
{
	m := room(b);
	if(m >= n)
		return;
	if(m < Bufinit)
		m = Bufinit;
	while(m < n)
		m *= 2;
	if(m > Bufsize)
		m = Bufsize;
	nb := array[m+Keep] of byte;
	if(b.size > 0)
		nb[0:] = b.buffer[0:b.size];
	b.buffer = nb;
}

canread(b: ref Iobuf): int
{
	return b.buffer != nil && (b.mode & 3) != OWRITE;
}

canwrite(b: ref Iobuf): int
{
	return b.fd != nil && ((b.mode & 3) == OWRITE || (b.mode & 3) == ORDWR);
}

# make the buffer a read buffer; 0 if the buffer cannot be read
toread(b: ref Iobuf): int
{
	if(!canread(b))
		return 0;
	if(b.lastop == OWRITE){
		if(b.flush() < 0)
			return 0;
		b.index = b.size = 0;
		b.lastop = OREAD;
	}
	return 1;
}

# make the buffer a write buffer; 0 if the buffer cannot be written
towrite(b: ref Iobuf): int
{
	if(!canwrite(b))
		return 0;
	if(b.lastop != OWRITE){
		pos := b.bufpos + big b.index;
		if(b.index < b.size){
			# data read ahead: the descriptor is past the caller
			if(sys->seek(b.fd, pos, SEEKSTART) < big 0)
				return 0;
		}
		b.bufpos = b.filpos = pos;
		b.index = b.size = 0;
		b.dirty = 0;
		b.lastop = OWRITE;
	}
	return 1;
}

lookfiller(b: ref Iobuf): BufioFill
{
	for(l := fillers; l != nil; l = tl l){
		(fb, f) := hd l;
		if(fb == b)
			return f;
	}
	return nil;
}

dropfiller(b: ref Iobuf)
{
	nl: list of (ref Iobuf, BufioFill);
	for(l := fillers; l != nil; l = tl l){
		(fb, nil) := hd l;
		if(fb != b)
			nl = hd l :: nl;
	}
	fillers = nl;
}

# refill an empty read buffer: the number of new bytes, or EOF or ERROR
# with the buffer left as it was
fill(b: ref Iobuf): int
{
	f := lookfiller(b);
	if(f != nil){
		n := f->fill(b);
		if(n <= 0)
			return eoferr(n);
		b.bufpos += big b.size;
		b.index = 0;
		b.size = n;
		return n;
	}
	if(b.fd == nil)
		return EOF;
	# the last read filled the buffer: more may come at once
	if(b.size == len b.buffer && b.size < Bufsize+Keep)
		enlarge(b, 2*room(b));
	# keep the last bytes consumed, for ungetc, then read after them
	keep := b.size;
	if(keep > Keep)
		keep = Keep;
	if(keep > 0)
		b.buffer[0:] = b.buffer[b.size-keep:b.size];
	b.bufpos += big (b.size - keep);
	b.index = b.size = keep;
	n := sys->read(b.fd, b.buffer[keep:], len b.buffer - keep);
	if(n <= 0)
		return eoferr(n);
	b.size = keep + n;
	b.filpos += big n;
	return n;
}

eoferr(n: int): int
{
	if(n == 0 || n == EOF)
		return EOF;
	return ERROR;
}

Iobuf.getb(b: self ref Iobuf): int
{
	if(b.lastop != OREAD && !toread(b))
		return ERROR;
	if(b.index >= b.size){
		if(!canread(b))
			return ERROR;
		n := fill(b);
		if(n < 0)
			return n;
	}
	return int b.buffer[b.index++];
}

# the number of bytes of a UTF-8 sequence that starts with byte c, 0 if
# c cannot start one
utflen(c: int): int
{
	if(c < 16r80)
		return 1;
	if(c < 16rC0)
		return 0;
	if(c < 16rE0)
		return 2;
	if(c < 16rF0)
		return 3;
	if(c < 16rF8)
		return 4;
	return 0;
}

Iobuf.getc(b: self ref Iobuf): int
{
	c := b.getb();
	if(c < 16r80)
		return c;	# ASCII, EOF or ERROR
	n := utflen(c);
	if(n == 0)
		return Sys->UTFerror;
	a := array[Sys->UTFmax] of byte;
	a[0] = byte c;
	i: int;
	for(i = 1; i < n; i++){
		c = b.getb();
		if(c < 0)
			break;
		if((c & 16rC0) != 16r80){
			b.ungetb();
			break;
		}
		a[i] = byte c;
	}
	(r, w, ok) := sys->byte2char(a[0:i], 0);
	if(!ok || w != n){
		# a bad sequence stands for one error character; give back
		# all but its first byte
		while(i-- > 1)
			b.ungetb();
		return Sys->UTFerror;
	}
	return r;
}

Iobuf.ungetb(b: self ref Iobuf): int
{
	if(b.lastop != OREAD || b.index <= 0)
		return ERROR;
	b.index--;
	return 1;
}

Iobuf.ungetc(b: self ref Iobuf): int
{
	if(b.lastop != OREAD || b.index <= 0)
		return ERROR;
	# back over one whole character when the bytes before index are
	# one, otherwise over one byte (getc's error character)
	for(k := 1; k <= Sys->UTFmax && k <= b.index; k++){
		c := int b.buffer[b.index-k];
		if((c & 16rC0) != 16r80){
			if(utflen(c) == k){
				(nil, w, ok) := sys->byte2char(b.buffer[b.index-k:b.index], 0);
				if(ok && w == k){
					b.index -= k;
					return 1;
				}
			}
			break;
		}
	}
	b.index--;
	return 1;
}

# read up to the first byte in the set delim (a 256-entry table), the
# byte included; nil at end of file with nothing read
getdelim(b: ref Iobuf, delim: array of byte): string
{
	if(b.lastop != OREAD && !toread(b))
		return nil;
	acc: array of byte;
	nacc := 0;
	for(;;){
		if(b.index >= b.size){
			if(!canread(b) || fill(b) < 0)
				break;
		}
		buf := b.buffer;
		i := b.index;
		e := b.size;
		while(i < e && delim[int buf[i]] == byte 0)
			i++;
		found := i < e;
		if(found)
			i++;
		if(nacc == 0 && found){
			# the common case: the whole line is in the buffer
			s := string buf[b.index:i];
			b.index = i;
			return s;
		}
		acc = grow(acc, nacc, i - b.index);
		acc[nacc:] = buf[b.index:i];
		nacc += i - b.index;
		b.index = i;
		if(found)
			break;
	}
	if(nacc == 0)
		return nil;
	return string acc[0:nacc];
}

# acc with room for n more bytes after its first nacc
grow(acc: array of byte, nacc, n: int): array of byte
{
	if(acc != nil && nacc + n <= len acc)
		return acc;
	m := 2 * len acc;
	if(m < nacc + n)
		m = nacc + n + 128;
	na := array[m] of byte;
	if(nacc > 0)
		na[0:] = acc[0:nacc];
	return na;
}

# the same for a set of characters, one at a time
getcset(b: ref Iobuf, sep: string): string
{
	s := "";
	for(;;){
		c := b.getc();
		if(c < 0){
			if(s == "")
				return nil;
			return s;
		}
		s[len s] = c;
		for(i := 0; i < len sep; i++)
			if(sep[i] == c)
				return s;
	}
}

Iobuf.gets(b: self ref Iobuf, sep: int): string
{
	s := "";
	s[0] = sep;
	return b.gett(s);
}

Iobuf.gett(b: self ref Iobuf, sep: string): string
{
	# the table for the last separators is kept: callers ask for the
	# same ones line after line. One reference read, so that threads
	# sharing the module see a consistent pair.
	t := septab;
	if(t == nil || t.sep != sep){
		tab := array[256] of {* => byte 0};
		for(i := 0; i < len sep; i++){
			if(sep[i] < 0 || sep[i] >= 16r80)
				return getcset(b, sep);
			tab[sep[i]] = byte 1;
		}
		t = ref Septab(sep, tab);
		septab = t;
	}
	return getdelim(b, t.tab);
}

Iobuf.read(b: self ref Iobuf, a: array of byte, n: int): int
{
	if(n > len a)
		n = len a;
	if(n <= 0)
		return 0;
	if(b.lastop != OREAD && !toread(b))
		return ERROR;
	if(b.index >= b.size){
		if(!canread(b))
			return ERROR;
		if(b.fd != nil && n >= Bufsize && lookfiller(b) == nil){
			# a large read goes straight to the caller
			m := sys->read(b.fd, a, n);
			if(m < 0)
				return ERROR;
			b.filpos += big m;
			b.bufpos = b.filpos;
			b.index = b.size = 0;
			return m;
		}
		r := fill(b);
		if(r == EOF)
			return 0;
		if(r < 0)
			return r;
	}
	m := b.size - b.index;
	if(m > n)
		m = n;
	a[0:] = b.buffer[b.index:b.index+m];
	b.index += m;
	return m;
}

Iobuf.write(b: self ref Iobuf, a: array of byte, n: int): int
{
	if(n > len a)
		n = len a;
	if(!towrite(b))
		return ERROR;
	done := 0;
	while(done < n){
		if(b.index == 0 && n - done >= Bufsize){
			# too big to buffer: write it as it is
			m := sys->write(b.fd, a[done:n], n - done);
			if(m != n - done)
				return ERROR;
			b.filpos += big m;
			b.bufpos = b.filpos;
			return n;
		}
		m := Bufsize - b.index;
		if(m > n - done)
			m = n - done;
		if(b.index + m > room(b))
			enlarge(b, b.index + m);
		b.buffer[b.index:] = a[done:done+m];
		b.index += m;
		b.size = b.index;
		b.dirty = 1;
		done += m;
		if(b.index >= Bufsize && b.flush() < 0)
			return ERROR;
	}
	return n;
}

Iobuf.putb(b: self ref Iobuf, c: byte): int
{
	if(b.lastop != OWRITE && !towrite(b))
		return ERROR;
	if(b.fd == nil)
		return ERROR;
	if(b.index >= Bufsize && b.flush() < 0)
		return ERROR;
	if(b.index >= room(b))
		enlarge(b, b.index + 1);
	b.buffer[b.index++] = c;
	b.size = b.index;
	b.dirty = 1;
	return 1;
}

Iobuf.putc(b: self ref Iobuf, c: int): int
{
	if(c >= 0 && c < 16r80)
		return b.putb(byte c);
	a := array[Sys->UTFmax] of byte;
	n := sys->char2byte(c, a, 0);
	return b.write(a, n);
}

Iobuf.puts(b: self ref Iobuf, s: string): int
{
	a := array of byte s;
	return b.write(a, len a);
}

Iobuf.flush(b: self ref Iobuf): int
{
	if(b.lastop != OWRITE || b.index == 0)
		return 0;
	if(b.fd == nil)
		return ERROR;
	n := sys->write(b.fd, b.buffer, b.index);
	if(n != b.index)
		return ERROR;
	b.filpos += big n;
	b.bufpos = b.filpos;
	b.index = b.size = 0;
	b.dirty = 0;
	return 0;
}

Iobuf.close(b: self ref Iobuf)
{
	b.flush();
	dropfiller(b);
	# the descriptor closes when its last reference goes
	b.fd = nil;
	b.buffer = nil;
	b.index = b.size = 0;
	b.dirty = 0;
}

Iobuf.offset(b: self ref Iobuf): big
{
	return b.bufpos + big b.index;
}

Iobuf.seek(b: self ref Iobuf, off: big, where: int): big
{
	if(b.lastop == OWRITE && b.flush() < 0)
		return big -1;
	cur := b.bufpos + big b.index;
	target: big;
	case where {
	SEEKSTART =>
		target = off;
	SEEKRELA =>
		target = cur + off;
	SEEKEND =>
		if(b.fd == nil){
			target = b.bufpos + big b.size + off;
			break;
		}
		# the end is the descriptor's to say
		target = sys->seek(b.fd, off, SEEKEND);
		if(target < big 0)
			return big -1;
		b.bufpos = b.filpos = target;	# the buffer no longer counts
		b.index = b.size = 0;
		return target;
	* =>
		return big -1;
	}
	if(target < big 0)
		return big -1;
	if(b.lastop == OREAD && target >= b.bufpos && target <= b.bufpos + big b.size){
		# still within what was read: no need to move the descriptor
		b.index = int (target - b.bufpos);
		return target;
	}
	if(b.fd == nil)
		return big -1;
	r := sys->seek(b.fd, target, SEEKSTART);
	if(r < big 0)
		return big -1;
	b.bufpos = b.filpos = r;
	b.index = b.size = 0;
	return r;
}

Iobuf.setfill(b: self ref Iobuf, f: BufioFill)
{
	dropfiller(b);
	if(f != nil){
		# a fill module may fill the whole buffer it was promised
		if(b.fd != nil)
			enlarge(b, Bufsize);
		fillers = (b, f) :: fillers;
	}
}
