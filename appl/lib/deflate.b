implement Filter;

# deflate: the Filter that compresses by RFC 1951's deflate. Matches
# are found through hash chains over a 32 Kbyte window (greedily at
# levels 1-3, with lazy evaluation at 4-9); each block is then written
# with dynamic Huffman codes, the fixed ones or stored as it is,
# whichever is shortest.
#
# param: a digit 0-9 sets the level (default 6; 0 only stores);
# h wraps the output as one gzip member (RFC 1952), z as a zlib stream
# (RFC 1950); v sends an Info message for each block written.

include "sys.m";
	sys: Sys;
include "filter.m";
include "crc.m";
	crcm: Crc;

WSIZE:	con 32768;		# window: the farthest a match may reach
WMASK:	con WSIZE - 1;
HBITS:	con 15;			# hash of three bytes: 5 bits a byte
HSIZE:	con 1 << HBITS;
HMASK:	con HSIZE - 1;
HSHIFT:	con 5;
MINMATCH:	con 3;
MAXMATCH:	con 258;
MINLOOK:	con MAXMATCH + MINMATCH + 1;	# input kept ahead of the match point
MAXDIST:	con WSIZE - MINLOOK;
TOOFAR:	con 4096;		# a 3-byte match farther than this costs more than literals
LITBUF:	con 16384;		# symbols in a block at most
OBUFSIZE:	con 16384;
MAXBITS:	con 15;		# longest literal/length or distance code
MAXCLBITS:	con 7;		# longest code length code
ENDBLOCK:	con 256;
NLIT:	con 286;		# literal/length symbols used
NDIST:	con 30;
NCL:	con 19;		# code length symbols

# containers
Raw, Gzip, Zlib: con iota;

ABORT:	con "deflate:abort";	# the client answered -1

D: adt {
	c:	chan of ref Rq;
	reply:	chan of int;
	level:	int;
	good:	int;	# a match this long shortens the chain search
	lazy:	int;	# no lazy search past a match this long (fast levels: insertion limit)
	nice:	int;	# a match this long ends the search
	chain:	int;	# positions tried at most
	container:	int;
	verbose:	int;

	win:	array of byte;	# 2*WSIZE of input, then MAXMATCH of slack for the hash
	head:	array of int;	# latest position with each hash, -1 none
	prev:	array of int;	# earlier position with the same hash, by position&WMASK
	strstart:	int;	# the position being matched
	lookahead:	int;	# bytes of input from strstart on
	eof:	int;
	insh:	int;	# running hash
	matchstart:	int;	# where longest's best match begins
	prevlen:	int;	# longest must beat this
	blockstart:	int;	# the block's first byte in win
	rawlen:	int;	# input bytes covered by the block's symbols

	lbuf:	array of int;	# per symbol: a literal, or a match's length-MINMATCH
	dbuf:	array of int;	# per symbol: 0, or the match's distance
	nsym:	int;
	lfreq:	array of int;
	dfreq:	array of int;
	nblock:	int;

	obuf:	array of byte;
	opos:	int;
	bits:	int;	# output bits not yet in obuf, least significant first
	nbits:	int;

	crc:	ref Crc->CRCstate;
	adler:	int;
	isize:	int;	# input length modulo 2^32
};

# symbol tables, made once by init
lencode:	array of int;	# length-MINMATCH -> length code 0-28
lenbase:	array of int;	# length code -> first length-MINMATCH
lenextra:	array of int;
distcode:	array of int;	# distance-1 (<256), or 256+((distance-1)>>7) -> distance code
distbase:	array of int;	# distance code -> first distance-1
distextra:	array of int;
fixlens:	array of int;	# the fixed literal/length code
fixcodes:	array of int;
fixdlens:	array of int;	# the fixed distance code
fixdcodes:	array of int;
clorder:	array of int;

init()
{
	if(sys != nil)
		return;
	sys = load Sys Sys->PATH;
	mktables();
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
		d := newstate(c, param);
		header(d);
		case d.level {
		0 =>	storeonly(d);
		1 to 3 =>	fast(d);
		* =>	slow(d);
		}
		flushblock(d, 1);
		trailer(d);
		flushout(d);
		c <-= ref Rq.Finished(array[0] of byte);
	} exception e {
	ABORT =>
		;
	"deflate:*" =>
		c <-= ref Rq.Error(e[len "deflate:":]);
	"*" =>
		# a fault of ours: say so rather than hang the client
		c <-= ref Rq.Error("internal error: " + e);
	}
}

newstate(c: chan of ref Rq, param: string): ref D
{
	d := ref D;
	d.c = c;
	d.reply = chan of int;
	d.level = 6;
	d.container = Raw;
	for(i := 0; i < len param; i++){
		case param[i] {
		'0' to '9' =>	d.level = param[i] - '0';
		'h' =>	d.container = Gzip;
		'z' =>	d.container = Zlib;
		'v' =>	d.verbose = 1;
		'd' =>	;	# debug: nothing more to say than v
		* =>	raise "deflate:unknown parameter " + param[i:i+1];
		}
	}
	# good, lazy, nice, chain by level, as the classic compressors tune them
	(d.good, d.lazy, d.nice, d.chain) = config(d.level);
	d.win = array[2*WSIZE + MAXMATCH] of { * => byte 0 };
	d.head = array[HSIZE] of { * => -1 };
	d.prev = array[WSIZE] of { * => -1 };
	d.lbuf = array[LITBUF] of int;
	d.dbuf = array[LITBUF] of int;
	d.lfreq = array[NLIT + 2] of { * => 0 };
	d.dfreq = array[NDIST] of { * => 0 };
	d.obuf = array[OBUFSIZE] of byte;
	d.prevlen = MINMATCH - 1;
	d.adler = 1;
	if(d.container == Gzip){
		if(crcm == nil){
			crcm = load Crc Crc->PATH;
			if(crcm == nil)
				raise sys->sprint("deflate:cannot load %s: %r", Crc->PATH);
		}
		d.crc = crcm->init(0, int 16rffffffff);
	}
	return d;
}

config(level: int): (int, int, int, int)
{
	case level {
	1 =>	return (4, 4, 8, 4);
	2 =>	return (4, 5, 16, 8);
	3 =>	return (4, 6, 32, 32);
	4 =>	return (4, 4, 16, 16);
	5 =>	return (8, 16, 32, 32);
	7 =>	return (8, 32, 128, 256);
	8 =>	return (32, 128, 258, 1024);
	9 =>	return (32, 258, 258, 4096);
	}
	return (8, 16, 128, 128);
}

mktables()
{
	lenbase = array[29] of int;
	lenextra = array[29] of int;
	lencode = array[256] of int;
	b := 0;
	for(i := 0; i < 28; i++){
		e := 0;
		if(i >= 8)
			e = (i - 4) / 4;
		lenbase[i] = b;
		lenextra[i] = e;
		for(k := 0; k < 1 << e; k++)
			lencode[b + k] = i;
		b += 1 << e;
	}
	# 258 has a code of its own, not the last of code 27's range
	lenbase[28] = MAXMATCH - MINMATCH;
	lenextra[28] = 0;
	lencode[MAXMATCH - MINMATCH] = 28;

	distbase = array[NDIST] of int;
	distextra = array[NDIST] of int;
	distcode = array[512] of int;
	b = 0;
	for(i = 0; i < NDIST; i++){
		e := 0;
		if(i >= 4)
			e = (i - 2) / 2;
		distbase[i] = b;
		distextra[i] = e;
		if(b < 256){
			for(k := 0; k < 1 << e; k++)
				distcode[b + k] = i;
		}else{
			for(k := 0; k < 1 << (e - 7); k++)
				distcode[256 + (b >> 7) + k] = i;
		}
		b += 1 << e;
	}

	fixlens = array[288] of int;
	for(i = 0; i < 288; i++){
		if(i < 144)
			fixlens[i] = 8;
		else if(i < 256)
			fixlens[i] = 9;
		else if(i < 280)
			fixlens[i] = 7;
		else
			fixlens[i] = 8;
	}
	fixcodes = array[288] of int;
	mkcodes(fixlens, 288, fixcodes);
	fixdlens = array[NDIST] of { * => 5 };
	fixdcodes = array[NDIST] of int;
	mkcodes(fixdlens, NDIST, fixdcodes);
	clorder = array[] of {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
}

# the container's header
header(d: ref D)
{
	case d.container {
	Gzip =>
		xfl := 0;
		if(d.level >= 9)
			xfl = 2;
		else if(d.level == 1)
			xfl = 4;
		# magic, deflate, no flags, no time, xfl, unknown system
		hdr := array[] of {byte 16r1f, byte 16r8b, byte 8, byte 0, byte 0, byte 0, byte 0, byte 0, byte xfl, byte 255};
		for(i := 0; i < len hdr; i++)
			putbyte(d, int hdr[i]);
	Zlib =>
		lev := 2;
		if(d.level < 2)
			lev = 0;
		else if(d.level < 6)
			lev = 1;
		else if(d.level > 6)
			lev = 3;
		cmf := 16r78;	# deflate, 32K window
		flg := lev << 6;
		flg += 31 - (cmf * 256 + flg) % 31;
		putbyte(d, cmf);
		putbyte(d, flg);
	}
}

# the container's trailer, after the last block
trailer(d: ref D)
{
	alignbits(d);
	case d.container {
	Gzip =>
		c := crcm->crc(d.crc, nil, 0);
		put32le(d, c);
		put32le(d, d.isize);
	Zlib =>
		a := d.adler;
		putbyte(d, (a >> 24) & 16rff);
		putbyte(d, (a >> 16) & 16rff);
		putbyte(d, (a >> 8) & 16rff);
		putbyte(d, a & 16rff);
	}
}

put32le(d: ref D, v: int)
{
	for(i := 0; i < 4; i++)
		putbyte(d, (v >> (8*i)) & 16rff);
}

#
# input
#

# read until MINLOOK bytes are ahead of strstart or the input ends,
# first sliding the window down when strstart is in its upper half
fill(d: ref D)
{
	while(d.lookahead < MINLOOK && !d.eof){
		if(d.strstart >= WSIZE + MAXDIST)
			slide(d);
		end := d.strstart + d.lookahead;
		buf := d.win[end:2*WSIZE];
		d.c <-= ref Rq.Fill(buf, d.reply);
		n := <-d.reply;
		if(n < 0)
			raise ABORT;
		if(n > len buf)
			raise "deflate:bad count from Fill";
		if(n == 0){
			d.eof = 1;
			break;
		}
		check(d, buf, n);
		d.lookahead += n;
		if(d.lookahead >= MINMATCH)
			d.insh = ((int d.win[d.strstart] << HSHIFT) ^ int d.win[d.strstart+1]) & HMASK;
	}
}

# fold new input into the container's check
check(d: ref D, buf: array of byte, n: int)
{
	d.isize += n;
	case d.container {
	Gzip =>
		crcm->crc(d.crc, buf, n);
	Zlib =>
		a := d.adler & 16rffff;
		b := (d.adler >> 16) & 16rffff;
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
		d.adler = (b << 16) | a;
	}
}

# move the upper half of the window down, and the positions with it
slide(d: ref D)
{
	# a stored block needs its bytes: write the block before they go
	if(d.blockstart < WSIZE)
		flushblock(d, 0);
	d.win[0:] = d.win[WSIZE:2*WSIZE];
	d.strstart -= WSIZE;
	d.matchstart -= WSIZE;
	d.blockstart -= WSIZE;
	head := d.head;
	for(i := 0; i < HSIZE; i++){
		v := head[i] - WSIZE;
		if(v < 0)
			v = -1;
		head[i] = v;
	}
	prev := d.prev;
	for(i = 0; i < WSIZE; i++){
		v := prev[i] - WSIZE;
		if(v < 0)
			v = -1;
		prev[i] = v;
	}
}

#
# matching
#

# level 0: everything into stored blocks
storeonly(d: ref D)
{
	for(;;){
		fill(d);
		if(d.lookahead == 0)
			break;
		d.strstart += d.lookahead;
		d.rawlen += d.lookahead;
		d.lookahead = 0;
	}
}

# levels 1-3: take the longest match at each point; insert the
# positions inside a match into the hash only when it is short
fast(d: ref D)
{
	win := d.win;
	head := d.head;
	prev := d.prev;
	for(;;){
		if(d.lookahead < MINLOOK){
			fill(d);
			if(d.lookahead == 0)
				break;
		}
		s := d.strstart;
		hh := -1;
		if(d.lookahead >= MINMATCH){
			h := ((d.insh << HSHIFT) ^ int win[s+2]) & HMASK;
			d.insh = h;
			hh = head[h];
			prev[s & WMASK] = hh;
			head[h] = s;
		}
		mlen := 0;
		if(hh >= 0 && s - hh <= MAXDIST){
			d.prevlen = MINMATCH - 1;
			mlen = longest(d, hh);
		}
		if(mlen >= MINMATCH){
			tallymatch(d, s - d.matchstart, mlen);
			d.lookahead -= mlen;
			if(mlen <= d.lazy && d.lookahead >= MINMATCH){
				h := d.insh;
				for(p := s + 1; p < s + mlen; p++){
					h = ((h << HSHIFT) ^ int win[p+2]) & HMASK;
					prev[p & WMASK] = head[h];
					head[h] = p;
				}
				d.insh = h;
			}else
				d.insh = ((int win[s+mlen] << HSHIFT) ^ int win[s+mlen+1]) & HMASK;
			d.strstart = s + mlen;
		}else{
			tallylit(d, int win[s]);
			d.lookahead--;
			d.strstart = s + 1;
		}
		if(d.nsym >= LITBUF)
			flushblock(d, 0);
	}
}

# levels 4-9: a match is taken only if the next position does not
# start a longer one
slow(d: ref D)
{
	win := d.win;
	head := d.head;
	prev := d.prev;
	mlen := MINMATCH - 1;
	avail := 0;	# the byte before strstart is still to be written
	for(;;){
		if(d.lookahead < MINLOOK){
			fill(d);
			if(d.lookahead == 0)
				break;
		}
		s := d.strstart;
		hh := -1;
		if(d.lookahead >= MINMATCH){
			h := ((d.insh << HSHIFT) ^ int win[s+2]) & HMASK;
			d.insh = h;
			hh = head[h];
			prev[s & WMASK] = hh;
			head[h] = s;
		}
		prevlen := mlen;
		prevmatch := d.matchstart;
		mlen = MINMATCH - 1;
		if(hh >= 0 && prevlen < d.lazy && s - hh <= MAXDIST){
			d.prevlen = prevlen;
			mlen = longest(d, hh);
			if(mlen == MINMATCH && s - d.matchstart > TOOFAR)
				mlen = MINMATCH - 1;
		}
		if(prevlen >= MINMATCH && mlen <= prevlen){
			# the match at s-1 wins: positions s-1 and s are in the hash
			maxins := s + d.lookahead - MINMATCH;
			tallymatch(d, s - 1 - prevmatch, prevlen);
			d.lookahead -= prevlen - 1;
			end := s - 1 + prevlen;
			h := d.insh;
			for(p := s + 1; p < end; p++){
				if(p <= maxins){
					h = ((h << HSHIFT) ^ int win[p+2]) & HMASK;
					prev[p & WMASK] = head[h];
					head[h] = p;
				}
			}
			d.insh = h;
			d.strstart = end;
			avail = 0;
			mlen = MINMATCH - 1;
			if(d.nsym >= LITBUF)
				flushblock(d, 0);
		}else if(avail){
			tallylit(d, int win[s-1]);
			if(d.nsym >= LITBUF)
				flushblock(d, 0);
			d.strstart = s + 1;
			d.lookahead--;
		}else{
			avail = 1;
			d.strstart = s + 1;
			d.lookahead--;
		}
	}
	if(avail)
		tallylit(d, int d.win[d.strstart-1]);
}

# the longest match at strstart among the chain from cur, if longer
# than d.prevlen; its start is left in d.matchstart
longest(d: ref D, cur: int): int
{
	win := d.win;
	prev := d.prev;
	scan := d.strstart;
	best := d.prevlen;
	max := MAXMATCH;
	if(max > d.lookahead)
		max = d.lookahead;
	if(best >= max)
		return best;
	chain := d.chain;
	if(best >= d.good)
		chain >>= 2;
	nice := d.nice;
	if(nice > max)
		nice = max;
	limit := scan - MAXDIST;
	if(limit < 0)
		limit = -1;
	s0 := win[scan];
	s1 := win[scan+1];
	e0 := win[scan+best-1];
	e1 := win[scan+best];
	do{
		# the bytes at the current best's end first: most candidates fail there
		if(win[cur+best] == e1 && win[cur+best-1] == e0 && win[cur] == s0 && win[cur+1] == s1){
			n := 2;
			while(n < max && win[cur+n] == win[scan+n])
				n++;
			if(n > best){
				d.matchstart = cur;
				best = n;
				if(n >= nice)
					break;
				e0 = win[scan+best-1];
				e1 = win[scan+best];
			}
		}
		cur = prev[cur & WMASK];
	}while(cur > limit && --chain > 0);
	return best;
}

tallylit(d: ref D, c: int)
{
	n := d.nsym++;
	d.lbuf[n] = c;
	d.dbuf[n] = 0;
	d.lfreq[c]++;
	d.rawlen++;
}

tallymatch(d: ref D, dist, mlen: int)
{
	n := d.nsym++;
	l := mlen - MINMATCH;
	d.lbuf[n] = l;
	d.dbuf[n] = dist;
	d.lfreq[ENDBLOCK + 1 + lencode[l]]++;
	d.dfreq[dcode(dist - 1)]++;
	d.rawlen += mlen;
}

# the distance code of distance-1
dcode(dd: int): int
{
	if(dd < 256)
		return distcode[dd];
	return distcode[256 + (dd >> 7)];
}

#
# blocks
#

# write the pending symbols as one block, in whichever form is shortest
flushblock(d: ref D, last: int)
{
	if(d.rawlen == 0 && !last)
		return;
	d.lfreq[ENDBLOCK] = 1;

	# the stored form: a 5-byte header per 65535 bytes, after the alignment
	nchunk := (d.rawlen + 65534) / 65535;
	if(nchunk == 0)
		nchunk = 1;
	storedbits := 3 + 7 + 8 * (d.rawlen + 4 * nchunk) + 10 * (nchunk - 1);

	fixedbits := 3 + databits(d, fixlens, fixdlens);

	llens := array[NLIT] of int;
	dlens := array[NDIST] of int;
	huffman(d.lfreq, NLIT, MAXBITS, llens);
	huffman(d.dfreq, NDIST, MAXBITS, dlens);
	hlit := NLIT;
	while(hlit > 257 && llens[hlit-1] == 0)
		hlit--;
	hdist := NDIST;
	while(hdist > 1 && dlens[hdist-1] == 0)
		hdist--;
	# the code lengths, run-length coded, and their own code
	all := array[hlit + hdist] of int;
	all[0:] = llens[0:hlit];
	all[hlit:] = dlens[0:hdist];
	(rsym, rext, nr) := rlecode(all);
	clfreq := array[NCL] of { * => 0 };
	for(i := 0; i < nr; i++)
		clfreq[rsym[i]]++;
	cllens := array[NCL] of int;
	huffman(clfreq, NCL, MAXCLBITS, cllens);
	hclen := NCL;
	while(hclen > 4 && cllens[clorder[hclen-1]] == 0)
		hclen--;
	dynbits := 3 + 5 + 5 + 4 + 3 * hclen;
	for(i = 0; i < nr; i++)
		dynbits += cllens[rsym[i]] + clextra(rsym[i]);
	dynbits += databits(d, llens, dlens);

	kind: string;
	if(d.level == 0 || storedbits < fixedbits && storedbits < dynbits){
		kind = "stored";
		stored(d, last);
	}else if(fixedbits <= dynbits){
		kind = "fixed";
		putbits(d, last, 1);
		putbits(d, 1, 2);
		symbols(d, fixlens, fixcodes, fixdlens, fixdcodes);
	}else{
		kind = "dynamic";
		putbits(d, last, 1);
		putbits(d, 2, 2);
		putbits(d, hlit - 257, 5);
		putbits(d, hdist - 1, 5);
		putbits(d, hclen - 4, 4);
		for(i = 0; i < hclen; i++)
			putbits(d, cllens[clorder[i]], 3);
		clcodes := array[NCL] of int;
		mkcodes(cllens, NCL, clcodes);
		for(i = 0; i < nr; i++){
			s := rsym[i];
			putbits(d, clcodes[s], cllens[s]);
			if(s >= 16)
				putbits(d, rext[i], clextra(s));
		}
		lcodes := array[NLIT] of int;
		mkcodes(llens, NLIT, lcodes);
		dcodes := array[NDIST] of int;
		mkcodes(dlens, NDIST, dcodes);
		symbols(d, llens, lcodes, dlens, dcodes);
	}
	if(d.verbose)
		d.c <-= ref Rq.Info(sys->sprint("block %d: %s, %d bytes in %d symbols", d.nblock, kind, d.rawlen, d.nsym));
	d.nblock++;
	d.blockstart += d.rawlen;
	d.rawlen = 0;
	d.nsym = 0;
	for(i = 0; i < len d.lfreq; i++)
		d.lfreq[i] = 0;
	for(i = 0; i < NDIST; i++)
		d.dfreq[i] = 0;
}

# bits taken by the block's symbols under the given code lengths
databits(d: ref D, llens, dlens: array of int): int
{
	n := 0;
	for(i := 0; i < NLIT; i++)
		n += d.lfreq[i] * llens[i];
	for(i = 0; i < 29; i++)
		n += d.lfreq[ENDBLOCK + 1 + i] * lenextra[i];
	for(i = 0; i < NDIST; i++)
		n += d.dfreq[i] * (dlens[i] + distextra[i]);
	return n;
}

clextra(s: int): int
{
	case s {
	16 =>	return 2;
	17 =>	return 3;
	18 =>	return 7;
	}
	return 0;
}

# the block's input as stored blocks of up to 65535 bytes
stored(d: ref D, last: int)
{
	p := d.blockstart;
	n := d.rawlen;
	do{
		m := n;
		if(m > 65535)
			m = 65535;
		n -= m;
		fin := 0;
		if(n == 0)
			fin = last;
		putbits(d, fin, 1);
		putbits(d, 0, 2);
		alignbits(d);
		putbyte(d, m & 16rff);
		putbyte(d, m >> 8);
		putbyte(d, ~m & 16rff);
		putbyte(d, (~m >> 8) & 16rff);
		while(m > 0){
			if(d.opos >= OBUFSIZE)
				flushout(d);
			k := OBUFSIZE - d.opos;
			if(k > m)
				k = m;
			d.obuf[d.opos:] = d.win[p:p+k];
			d.opos += k;
			p += k;
			m -= k;
		}
	}while(n > 0);
}

# the block's symbols and its end, in the given codes
symbols(d: ref D, llens, lcodes, dlens, dcodes: array of int)
{
	lbuf := d.lbuf;
	dbuf := d.dbuf;
	for(i := 0; i < d.nsym; i++){
		dist := dbuf[i];
		v := lbuf[i];
		if(dist == 0){
			putbits(d, lcodes[v], llens[v]);
			continue;
		}
		lc := lencode[v];
		putbits(d, lcodes[ENDBLOCK+1+lc], llens[ENDBLOCK+1+lc]);
		if(lenextra[lc] > 0)
			putbits(d, v - lenbase[lc], lenextra[lc]);
		dd := dist - 1;
		dc := dcode(dd);
		putbits(d, dcodes[dc], dlens[dc]);
		if(distextra[dc] > 0)
			putbits(d, dd - distbase[dc], distextra[dc]);
	}
	putbits(d, lcodes[ENDBLOCK], llens[ENDBLOCK]);
}

# the code lengths as code length symbols (0-15 a length, 16 repeat the
# previous 3-6 times, 17 zeros 3-10 times, 18 zeros 11-138 times) with
# their extra bits' values
rlecode(l: array of int): (array of int, array of int, int)
{
	sym := array[len l] of int;
	ext := array[len l] of int;
	n := 0;
	i := 0;
	while(i < len l){
		v := l[i];
		run := 1;
		while(i + run < len l && l[i+run] == v)
			run++;
		i += run;
		if(v == 0){
			while(run >= 11){
				r := run;
				if(r > 138)
					r = 138;
				(sym[n], ext[n]) = (18, r - 11);
				n++;
				run -= r;
			}
			if(run >= 3){
				(sym[n], ext[n]) = (17, run - 3);
				n++;
				run = 0;
			}
		}else{
			(sym[n], ext[n]) = (v, 0);
			n++;
			run--;
			while(run >= 3){
				r := run;
				if(r > 6)
					r = 6;
				(sym[n], ext[n]) = (16, r - 3);
				n++;
				run -= r;
			}
		}
		for(; run > 0; run--){
			(sym[n], ext[n]) = (v, 0);
			n++;
		}
	}
	return (sym, ext, n);
}

#
# Huffman codes
#

# code lengths of at most maxbits for the n symbols of freq, into lens.
# Huffman's construction over the symbols sorted by frequency (leaves
# and joined nodes each come in increasing weight, so two queues do);
# if the tree is too deep the frequencies are flattened and it is
# built again. Fewer than two symbols get two codes of one bit, so
# that every code is complete.
huffman(freq: array of int, n: int, maxbits: int, lens: array of int)
{
	syms := array[n] of int;
	f := array[n] of int;
	m := 0;
	for(i := 0; i < n; i++){
		lens[i] = 0;
		f[i] = freq[i];
		if(f[i] > 0)
			syms[m++] = i;
	}
	if(m < 2){
		lens[0] = 1;
		lens[1] = 1;
		if(m == 1 && syms[0] > 1){
			lens[1] = 0;
			lens[syms[0]] = 1;
		}
		return;
	}
	w := array[2*m] of int;
	parent := array[2*m] of int;
	depth := array[2*m] of int;
	for(;;){
		sortsyms(syms, m, f);
		for(i = 0; i < m; i++)
			w[i] = f[syms[i]];
		li := 0;	# next leaf
		ni := m;	# next joined node
		nn := m;	# nodes made
		while(nn < 2*m - 1){
			a, b: int;
			if(li < m && (ni >= nn || w[li] <= w[ni]))
				a = li++;
			else
				a = ni++;
			if(li < m && (ni >= nn || w[li] <= w[ni]))
				b = li++;
			else
				b = ni++;
			w[nn] = w[a] + w[b];
			parent[a] = nn;
			parent[b] = nn;
			nn++;
		}
		# a node's parent comes after it, so depths go root first
		depth[nn-1] = 0;
		maxd := 0;
		for(k := nn - 2; k >= 0; k--){
			depth[k] = depth[parent[k]] + 1;
			if(depth[k] > maxd)
				maxd = depth[k];
		}
		if(maxd <= maxbits){
			for(i = 0; i < m; i++)
				lens[syms[i]] = depth[i];
			return;
		}
		for(i = 0; i < m; i++){
			s := syms[i];
			f[s] = (f[s] >> 1) | 1;
		}
	}
}

# sort the first m of syms by f, then by symbol (Shell's sort)
sortsyms(syms: array of int, m: int, f: array of int)
{
	gap := 1;
	while(gap < m / 3)
		gap = 3 * gap + 1;
	for(; gap > 0; gap /= 3){
		for(i := gap; i < m; i++){
			s := syms[i];
			fs := f[s];
			j := i;
			while(j >= gap){
				t := syms[j-gap];
				if(f[t] < fs || f[t] == fs && t < s)
					break;
				syms[j] = t;
				j -= gap;
			}
			syms[j] = s;
		}
	}
}

# the canonical codes of the lengths, bit-reversed because codes go
# out most significant bit first while the stream fills bytes from
# the bottom
mkcodes(lens: array of int, n: int, codes: array of int)
{
	count := array[MAXBITS+1] of { * => 0 };
	for(i := 0; i < n; i++)
		count[lens[i]]++;
	count[0] = 0;
	next := array[MAXBITS+1] of int;
	code := 0;
	for(b := 1; b <= MAXBITS; b++){
		code = (code + count[b-1]) << 1;
		next[b] = code;
	}
	for(i = 0; i < n; i++){
		l := lens[i];
		if(l == 0){
			codes[i] = 0;
			continue;
		}
		c := next[l]++;
		r := 0;
		for(k := 0; k < l; k++){
			r = (r << 1) | (c & 1);
			c >>= 1;
		}
		codes[i] = r;
	}
}

#
# output
#

putbits(d: ref D, v, n: int)
{
	d.bits |= v << d.nbits;
	d.nbits += n;
	while(d.nbits >= 8){
		if(d.opos >= OBUFSIZE)
			flushout(d);
		d.obuf[d.opos++] = byte d.bits;
		d.bits >>= 8;
		d.nbits -= 8;
	}
}

# pad to a byte boundary with zero bits
alignbits(d: ref D)
{
	if(d.nbits > 0)
		putbits(d, 0, 8 - d.nbits);
}

putbyte(d: ref D, v: int)
{
	if(d.opos >= OBUFSIZE)
		flushout(d);
	d.obuf[d.opos++] = byte v;
}

flushout(d: ref D)
{
	if(d.opos == 0)
		return;
	d.c <-= ref Rq.Result(d.obuf[0:d.opos], d.reply);
	if(<-d.reply < 0)
		raise ABORT;
	d.opos = 0;
}
