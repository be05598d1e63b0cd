implement Filter;

# inflate: the Filter that decompresses RFC 1951's deflate: stored,
# fixed and dynamic Huffman blocks. Corrupt or truncated input ends
# the filter with an Error saying what was wrong.
#
# param: h reads gzip members (RFC 1952: header, CRC-32 and length
# checked; members that follow one another are decompressed in turn),
# z a zlib stream (RFC 1950, Adler-32 checked); neither, raw deflate.
# v sends an Info message for each block. In gzip mode the header's
# file name and time are sent as Info messages "file NAME" and
# "mtime SECONDS".

include "sys.m";
	sys: Sys;
include "filter.m";
include "crc.m";
	crcm: Crc;

WSIZE:	con 32768;		# the farthest back a match may reach
OSIZE:	con 2 * WSIZE;		# output window: history, then new output
IBUFSIZE:	con 16384;
MAXBITS:	con 15;
ENDBLOCK:	con 256;

Raw, Gzip, Zlib: con iota;

ABORT:	con "inflate:abort";

# a decoding table, indexed by the next `bits' bits of input: each
# entry is symbol<<4 | code length, or -1 where no code is
Huff: adt {
	tab:	array of int;
	bits:	int;
	mask:	int;
	what:	string;
};

I: adt {
	c:	chan of ref Rq;
	reply:	chan of int;
	container:	int;
	verbose:	int;

	ibuf:	array of byte;
	ipos:	int;
	ilen:	int;
	eof:	int;
	bits:	int;	# input bits not yet used, first at the bottom
	nbits:	int;
	pad:	int;	# zero bytes put in bits after the input ended

	out:	array of byte;
	opos:	int;
	oflushed:	int;	# out[oflushed:opos] not yet sent

	crc:	ref Crc->CRCstate;
	adler:	int;
	isize:	int;	# output length modulo 2^32
	nblock:	int;
};

lenbase:	array of int;	# length symbol-257 -> length
lenextra:	array of int;
distbase:	array of int;	# distance symbol -> distance
distextra:	array of int;
clorder:	array of int;
fixlit:	ref Huff;
fixdist:	ref Huff;

init()
{
	if(sys != nil)
		return;
	sys = load Sys Sys->PATH;
	lenbase = array[29] of int;
	lenextra = array[29] of int;
	b := 3;
	for(i := 0; i < 28; i++){
		e := 0;
		if(i >= 8)
			e = (i - 4) / 4;
		lenbase[i] = b;
		lenextra[i] = e;
		b += 1 << e;
	}
	lenbase[28] = 258;
	lenextra[28] = 0;
	distbase = array[30] of int;
	distextra = array[30] of int;
	b = 1;
	for(i = 0; i < 30; i++){
		e := 0;
		if(i >= 4)
			e = (i - 2) / 2;
		distbase[i] = b;
		distextra[i] = e;
		b += 1 << e;
	}
	clorder = array[] of {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
	l := array[288] of int;
	for(i = 0; i < 288; i++){
		if(i < 144)
			l[i] = 8;
		else if(i < 256)
			l[i] = 9;
		else if(i < 280)
			l[i] = 7;
		else
			l[i] = 8;
	}
	fixlit = mktable(l, 288, "literal/length");
	fixdist = mktable(array[30] of { * => 5 }, 30, "distance");
}

start(param: string): chan of ref Rq
{
	init();
	c := chan of ref Rq;
	spawn run(c, param);
	return c;
}

run(c: chan of ref Rq, param: string)
{
	c <-= ref Rq.Start(sys->pctl(0, nil));
	{
		f := newstate(c, param);
		case f.container {
		Gzip =>
			do{
				gzheader(f);
				blocks(f);
				gztrailer(f);
			}while(another(f));
		Zlib =>
			zheader(f);
			blocks(f);
			ztrailer(f);
		* =>
			blocks(f);
			flushwin(f);
		}
		c <-= ref Rq.Finished(leftover(f));
	} exception e {
	ABORT =>
		;
	"inflate:*" =>
		c <-= ref Rq.Error(e[len "inflate:":]);
	"*" =>
		c <-= ref Rq.Error("internal error: " + e);
	}
}

newstate(c: chan of ref Rq, param: string): ref I
{
	f := ref I;
	f.c = c;
	f.reply = chan of int;
	f.container = Raw;
	for(i := 0; i < len param; i++){
		case param[i] {
		'h' =>	f.container = Gzip;
		'z' =>	f.container = Zlib;
		'v' =>	f.verbose = 1;
		'd' =>	;
		* =>	raise "inflate:unknown parameter " + param[i:i+1];
		}
	}
	f.ibuf = array[IBUFSIZE] of byte;
	f.out = array[OSIZE] of byte;
	f.adler = 1;
	if(f.container == Gzip){
		crcm = load Crc Crc->PATH;
		if(crcm == nil)
			raise sys->sprint("inflate:cannot load %s: %r", Crc->PATH);
		f.crc = crcm->init(0, int 16rffffffff);
	}
	return f;
}

#
# input
#

# the next input byte, or -1 at the end
getbyte(f: ref I): int
{
	if(f.ipos >= f.ilen && !refill(f))
		return -1;
	return int f.ibuf[f.ipos++];
}

refill(f: ref I): int
{
	if(f.eof)
		return 0;
	f.c <-= ref Rq.Fill(f.ibuf, f.reply);
	n := <-f.reply;
	if(n < 0)
		raise ABORT;
	if(n > len f.ibuf)
		raise "inflate:bad count from Fill";
	if(n == 0){
		f.eof = 1;
		return 0;
	}
	f.ipos = 0;
	f.ilen = n;
	return 1;
}

# at least n (<= 16) bits in f.bits; past the end of the input zero
# bytes are put in, and taking any of their bits is an error (used)
needbits(f: ref I, n: int)
{
	while(f.nbits < n){
		b := getbyte(f);
		if(b < 0){
			if(++f.pad > 4)
				short();
			b = 0;
		}
		f.bits |= b << f.nbits;
		f.nbits += 8;
	}
}

# n bits consumed: fail if they ran into the padding
used(f: ref I, n: int)
{
	f.bits >>= n;
	f.nbits -= n;
	if(f.pad && f.nbits < 8 * f.pad)
		short();
}

short()
{
	raise "inflate:unexpected end of input";
}

getbits(f: ref I, n: int): int
{
	if(n == 0)
		return 0;
	needbits(f, n);
	v := f.bits & ((1 << n) - 1);
	used(f, n);
	return v;
}

# the next symbol of code h
decode(f: ref I, h: ref Huff): int
{
	needbits(f, h.bits);
	e := h.tab[f.bits & h.mask];
	if(e < 0){
		if(f.pad)
			short();
		raise "inflate:invalid " + h.what + " code";
	}
	used(f, e & 16rf);
	return e >> 4;
}

# drop the bits up to a byte boundary
align(f: ref I)
{
	used(f, f.nbits & 7);
}

# the decoding table of the code with the given lengths
mktable(lens: array of int, n: int, what: string): ref Huff
{
	count := array[MAXBITS+1] of { * => 0 };
	for(i := 0; i < n; i++)
		count[lens[i]]++;
	count[0] = 0;
	left := 1;
	maxl := 0;
	for(b := 1; b <= MAXBITS; b++){
		left <<= 1;
		left -= count[b];
		if(left < 0)
			raise "inflate:over-subscribed " + what + " code";
		if(count[b] > 0)
			maxl = b;
	}
	# an incomplete code is let through: its holes are errors when met
	next := array[MAXBITS+1] of int;
	code := 0;
	for(b = 1; b <= MAXBITS; b++){
		code = (code + count[b-1]) << 1;
		next[b] = code;
	}
	size := 1 << maxl;
	tab := array[size] of { * => -1 };
	for(i = 0; i < n; i++){
		l := lens[i];
		if(l == 0)
			continue;
		c := next[l]++;
		r := 0;
		for(k := 0; k < l; k++){
			r = (r << 1) | (c & 1);
			c >>= 1;
		}
		e := (i << 4) | l;
		for(j := r; j < size; j += 1 << l)
			tab[j] = e;
	}
	return ref Huff(tab, maxl, size - 1, what);
}

#
# blocks
#

blocks(f: ref I)
{
	last := 0;
	do{
		last = getbits(f, 1);
		kind := getbits(f, 2);
		case kind {
		0 =>
			storedblock(f);
		1 =>
			codes(f, fixlit, fixdist);
		2 =>
			(lit, dist) := dyncodes(f);
			codes(f, lit, dist);
		* =>
			raise "inflate:invalid block type";
		}
		if(f.verbose){
			names := array[] of {"stored", "fixed", "dynamic"};
			f.c <-= ref Rq.Info(sys->sprint("block %d: %s", f.nblock, names[kind]));
		}
		f.nblock++;
	}while(!last);
}

storedblock(f: ref I)
{
	align(f);
	n := getbits(f, 16);
	nn := getbits(f, 16);
	if(n != (~nn & 16rffff))
		raise "inflate:stored block length mismatch";
	# whole bytes still in the bit buffer come first
	while(n > 0 && f.nbits >= 8){
		putbyte(f, getbits(f, 8));
		n--;
	}
	while(n > 0){
		if(f.ipos >= f.ilen && !refill(f))
			short();
		if(f.opos >= OSIZE)
			flushwin(f);
		k := f.ilen - f.ipos;
		if(k > n)
			k = n;
		if(k > OSIZE - f.opos)
			k = OSIZE - f.opos;
		f.out[f.opos:] = f.ibuf[f.ipos:f.ipos+k];
		f.opos += k;
		f.ipos += k;
		n -= k;
	}
}

# a dynamic block's codes, from its header
dyncodes(f: ref I): (ref Huff, ref Huff)
{
	nlit := getbits(f, 5) + 257;
	ndist := getbits(f, 5) + 1;
	ncl := getbits(f, 4) + 4;
	if(nlit > 286)
		raise "inflate:too many length codes";
	if(ndist > 30)
		raise "inflate:too many distance codes";
	cl := array[19] of { * => 0 };
	for(i := 0; i < ncl; i++)
		cl[clorder[i]] = getbits(f, 3);
	clh := mktable(cl, 19, "code length");
	n := nlit + ndist;
	lens := array[n] of { * => 0 };
	i = 0;
	while(i < n){
		s := decode(f, clh);
		if(s < 16){
			lens[i++] = s;
			continue;
		}
		v := 0;
		rep: int;
		case s {
		16 =>
			if(i == 0)
				raise "inflate:repeat with no length before it";
			v = lens[i-1];
			rep = 3 + getbits(f, 2);
		17 =>
			rep = 3 + getbits(f, 3);
		* =>
			rep = 11 + getbits(f, 7);
		}
		if(i + rep > n)
			raise "inflate:too many code lengths";
		for(; rep > 0; rep--)
			lens[i++] = v;
	}
	if(lens[ENDBLOCK] == 0)
		raise "inflate:no end-of-block code";
	lit := mktable(lens[0:nlit], nlit, "literal/length");
	dist := mktable(lens[nlit:], ndist, "distance");
	return (lit, dist);
}

# a Huffman block's symbols, up to its end
codes(f: ref I, lit, dist: ref Huff)
{
	out := f.out;
	ltab := lit.tab;
	lmask := lit.mask;
	lbits := lit.bits;
	for(;;){
		# decode(f, lit), written out: this loop is inflate's time
		while(f.nbits < lbits){
			if(f.ipos >= f.ilen){
				needbits(f, lbits);
				break;
			}
			f.bits |= int f.ibuf[f.ipos++] << f.nbits;
			f.nbits += 8;
		}
		e := ltab[f.bits & lmask];
		if(e < 0){
			if(f.pad)
				short();
			raise "inflate:invalid " + lit.what + " code";
		}
		l := e & 16rf;
		f.bits >>= l;
		f.nbits -= l;
		if(f.pad && f.nbits < 8 * f.pad)
			short();
		s := e >> 4;
		if(s < ENDBLOCK){
			if(f.opos >= OSIZE)
				flushwin(f);
			out[f.opos++] = byte s;
			continue;
		}
		if(s == ENDBLOCK)
			return;
		s -= ENDBLOCK + 1;
		if(s >= 29)
			raise "inflate:invalid length code";
		n := lenbase[s] + getbits(f, lenextra[s]);
		ds := decode(f, dist);
		if(ds >= 30)
			raise "inflate:invalid distance code";
		d := distbase[ds] + getbits(f, distextra[ds]);
		if(d > f.opos)
			raise "inflate:distance too far back";
		while(n > 0){
			if(f.opos >= OSIZE)
				flushwin(f);
			k := OSIZE - f.opos;
			if(k > n)
				k = n;
			p := f.opos;
			q := p - d;
			if(d >= k)
				out[p:] = out[q:q+k];
			else{
				# the copy overlaps what it makes: byte by byte
				for(end := p + k; p < end; p++)
					out[p] = out[q++];
			}
			f.opos += k;
			n -= k;
		}
	}
}

#
# output
#

putbyte(f: ref I, b: int)
{
	if(f.opos >= OSIZE)
		flushwin(f);
	f.out[f.opos++] = byte b;
}

# send what is new in the window; when full, keep its last WSIZE
# bytes as the history for matches
flushwin(f: ref I)
{
	n := f.opos - f.oflushed;
	if(n > 0){
		buf := f.out[f.oflushed:f.opos];
		f.isize += n;
		case f.container {
		Gzip =>
			crcm->crc(f.crc, buf, n);
		Zlib =>
			f.adler = adler32(f.adler, buf, n);
		}
		f.c <-= ref Rq.Result(buf, f.reply);
		if(<-f.reply < 0)
			raise ABORT;
		f.oflushed = f.opos;
	}
	if(f.opos >= OSIZE){
		f.out[0:] = f.out[OSIZE-WSIZE:OSIZE];
		f.opos = WSIZE;
		f.oflushed = WSIZE;
	}
}

adler32(adler: int, buf: array of byte, n: int): int
{
	a := adler & 16rffff;
	b := (adler >> 16) & 16rffff;
	i := 0;
	while(i < n){
		# 5552 bytes at most between reductions keeps the sums in 32 bits
		m := n - i;
		if(m > 5552)
			m = 5552;
		for(; m > 0; m--){
			a += int buf[i++];
			b += a;
		}
		a %= 65521;
		b %= 65521;
	}
	return (b << 16) | a;
}

# input given but not used: the whole bytes left in the bit buffer and
# the rest of the input buffer
leftover(f: ref I): array of byte
{
	align(f);
	nb := f.nbits / 8 - f.pad;
	if(nb < 0)
		nb = 0;
	rest := f.ilen - f.ipos;
	buf := array[nb + rest] of byte;
	for(i := 0; i < nb; i++){
		buf[i] = byte f.bits;
		f.bits >>= 8;
	}
	buf[nb:] = f.ibuf[f.ipos:f.ilen];
	f.nbits = 0;
	f.ipos = f.ilen;
	return buf;
}

#
# containers
#

gzheader(f: ref I)
{
	hcrc := crcm->init(0, int 16rffffffff);
	h := array[10] of byte;
	for(i := 0; i < 10; i++){
		h[i] = byte getbits(f, 8);
		# the magic first, so that a short file of another kind says so
		if(i == 1 && (h[0] != byte 16r1f || h[1] != byte 16r8b))
			raise "inflate:not in gzip format";
	}
	crcm->crc(hcrc, h, 10);
	if(h[2] != byte 8)
		raise "inflate:unknown compression method";
	flags := int h[3];
	if(flags & 16re0)
		raise "inflate:reserved gzip flags set";
	mtime := int h[4] | int h[5] << 8 | int h[6] << 16 | int h[7] << 24;
	if(mtime != 0)
		f.c <-= ref Rq.Info(sys->sprint("mtime %ud", mtime));
	if(flags & 4){
		# FEXTRA: a length, then that many bytes
		x := array[2] of byte;
		x[0] = byte getbits(f, 8);
		x[1] = byte getbits(f, 8);
		crcm->crc(hcrc, x, 2);
		for(n := int x[0] | int x[1] << 8; n > 0; n--){
			x[0] = byte getbits(f, 8);
			crcm->crc(hcrc, x, 1);
		}
	}
	if(flags & 8){
		name := zstring(f, hcrc);
		f.c <-= ref Rq.Info("file " + name);
	}
	if(flags & 16)
		zstring(f, hcrc);
	if(flags & 2){
		want := crcm->crc(hcrc, nil, 0) & 16rffff;
		if(getbits(f, 16) != want)
			raise "inflate:gzip header checksum mismatch";
	}
	crcm->reset(f.crc);
	f.isize = 0;
}

# a zero-terminated Latin-1 string of the gzip header
zstring(f: ref I, hcrc: ref Crc->CRCstate): string
{
	s := "";
	x := array[1] of byte;
	for(;;){
		c := getbits(f, 8);
		x[0] = byte c;
		crcm->crc(hcrc, x, 1);
		if(c == 0)
			return s;
		if(len s < 1024)
			s[len s] = c;
	}
}

gztrailer(f: ref I)
{
	flushwin(f);
	align(f);
	c := getle32(f);
	n := getle32(f);
	if(c != crcm->crc(f.crc, nil, 0))
		raise "inflate:crc mismatch: data corrupt";
	if(n != f.isize)
		raise "inflate:length mismatch: data corrupt";
}

getle32(f: ref I): int
{
	v := getbits(f, 16);
	return v | getbits(f, 16) << 16;
}

# whether another gzip member follows; if other bytes follow they are
# left for Finished
another(f: ref I): int
{
	while(f.nbits < 16){
		b := getbyte(f);
		if(b < 0)
			return 0;
		f.bits |= b << f.nbits;
		f.nbits += 8;
	}
	return (f.bits & 16rffff) == 16r8b1f;
}

zheader(f: ref I)
{
	cmf := getbits(f, 8);
	flg := getbits(f, 8);
	if((cmf & 16rf) != 8 || (cmf >> 4) > 7 || (cmf * 256 + flg) % 31 != 0)
		raise "inflate:not in zlib format";
	if(flg & 16r20)
		raise "inflate:zlib preset dictionary not supported";
}

ztrailer(f: ref I)
{
	flushwin(f);
	align(f);
	a := 0;
	for(i := 0; i < 4; i++)
		a = (a << 8) | getbits(f, 8);
	if(a != f.adler)
		raise "inflate:adler-32 mismatch: data corrupt";
}
