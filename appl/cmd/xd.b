implement Xd;

# xd [-u] [-r] [-s] [-aS] [-c] [-WS ...] [file ...]: dump files in
# 16-byte chunks, one line per format per chunk. Hand-parsed: each
# option is a word of its own.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Xd: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

CHUNK:	con 16;
MAXFMT:	con 10;

# a format: fields of nbytes bytes (1 for characters) in style 'o',
# 'd', 'x' or 'c' (characters), each width columns wide, padded to pad
Format: adt {
	nbytes:	int;
	style:	int;
	width:	int;
	pad:	int;
};

fmts: list of ref Format;	# in the order given
astyle := 'x';			# the address's style
rflag := 0;			# * for runs of repeated chunks
sflag := 0;			# reverse each 4-byte group
uflag := 0;			# flush after each chunk

out: ref Iobuf;
stderr: ref Sys->FD;

USAGE:	con "usage: xd [-u] [-r] [-s] [-a{odx}] [-c|{b1w2l4v8}{odx}] ... file ...";

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->fprint(stderr, "xd: cannot load %s: %r\n", Bufio->PATH);
		raise "fail:bad module";
	}
	if(argv != nil)
		argv = tl argv;
	nfmt := 0;
	rev: list of ref Format;
	for(; argv != nil; argv = tl argv){
		a := hd argv;
		if(len a < 2 || a[0] != '-')
			break;
		if(a == "--"){
			argv = tl argv;
			break;
		}
		f: ref Format;
		case a {
		"-u" =>	uflag = 1;
		"-r" =>	rflag = 1;
		"-s" =>	sflag = 1;
		"-c" =>	f = ref Format(1, 'c', 2, 2);
		* =>
			if(len a != 3 || !isstyle(a[2]))
				usage();
			if(a[1] == 'a'){
				astyle = a[2];
				continue;
			}
			n := fieldbytes(a[1]);
			if(n == 0)
				usage();
			f = ref Format(n, a[2], fieldwidth(n, a[2]), 0);
		}
		if(f != nil){
			if(++nfmt > MAXFMT){
				sys->fprint(stderr, "xd: too many formats\n");
				raise "fail:error";
			}
			rev = f :: rev;
		}
	}
	if(rev == nil)
		rev = ref Format(4, 'x', 8, 8) :: nil;
	for(; rev != nil; rev = tl rev)
		fmts = hd rev :: fmts;
	align();
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	if(argv == nil)
		dump(bufio->fopen(sys->fildes(0), Bufio->OREAD));
	err := 0;
	many := len argv > 1;
	for(; argv != nil; argv = tl argv){
		in := bufio->open(hd argv, Bufio->OREAD);
		if(in == nil){
			out.flush();
			sys->fprint(stderr, "xd: cannot open %s: %r\n", hd argv);
			err = 1;
			continue;
		}
		if(many)
			out.puts(hd argv+"\n");
		dump(in);
		in.close();
	}
	out.flush();
	if(err)
		raise "fail:cannot open";
}

usage()
{
	sys->fprint(stderr, "%s\n", USAGE);
	raise "fail:usage";
}

isstyle(c: int): int
{
	return c == 'o' || c == 'd' || c == 'x';
}

fieldbytes(c: int): int
{
	case c {
	'1' or 'b' =>	return 1;
	'2' or 'w' =>	return 2;
	'4' or 'l' =>	return 4;
	'8' or 'v' =>	return 8;
	}
	return 0;
}

# fieldwidth: the digits of the largest n-byte value in style s
fieldwidth(n, s: int): int
{
	case s {
	'o' =>	return (8*n + 2)/3;
	'd' =>
		case n {
		1 =>	return 3;
		2 =>	return 5;
		4 =>	return 10;
		}
		return 20;
	}
	return 2*n;
}

# align pads the fields of each format so that every format's field
# starts at the column of its first byte in the widest format's line
# (exactly so where the widths divide evenly).
align()
{
	widest := 0;
	for(l := fmts; l != nil; l = tl l){
		f := hd l;
		w := (f.width + 1) * CHUNK / f.nbytes;
		if(w > widest)
			widest = w;
	}
	for(l = fmts; l != nil; l = tl l){
		f := hd l;
		f.pad = widest * f.nbytes / CHUNK - 1;
		if(f.pad < f.width)
			f.pad = f.width;
	}
}

dump(in: ref Iobuf)
{
	buf := array[CHUNK] of byte;
	prev := array[CHUNK] of byte;
	nprev := -1;
	starred := 0;
	addr := 0;
	for(;;){
		n := fill(in, buf);
		if(n <= 0)
			break;
		if(rflag && n == nprev && same(buf, prev, n)){
			if(!starred)
				out.puts("*\n");
			starred = 1;
			addr += n;
			continue;
		}
		starred = 0;
		prev[0:] = buf;
		nprev = n;
		chunk(addr, buf, n);
		addr += n;
		if(uflag)
			out.flush();
	}
	out.puts(address(addr, 1)+"\n");
}

# fill reads a whole chunk unless the input ends first
fill(in: ref Iobuf, buf: array of byte): int
{
	n := 0;
	while(n < len buf){
		m := in.read(buf[n:], len buf - n);
		if(m <= 0)
			break;
		n += m;
	}
	return n;
}

same(a, b: array of byte, n: int): int
{
	for(i := 0; i < n; i++)
		if(a[i] != b[i])
			return 0;
	return 1;
}

# chunk prints the lines of n bytes (up to 16) at addr
chunk(addr: int, buf: array of byte, n: int)
{
	b := array[CHUNK] of {* => byte 0};	# zero-filled past n
	b[0:] = buf[0:n];
	if(sflag){
		for(i := 0; i < CHUNK; i += 4){
			(b[i], b[i+1], b[i+2], b[i+3]) = (b[i+3], b[i+2], b[i+1], b[i]);
		}
	}
	first := 1;
	for(l := fmts; l != nil; l = tl l){
		f := hd l;
		line := address(addr, first);
		first = 0;
		# each field starts at the column of its first byte, padded
		# after it (but for the last) to the next one's
		for(i := 0; i < n; i += f.nbytes){
			s: string;
			if(f.style == 'c')
				s = charfield(int b[i]);
			else{
				v := big 0;
				for(j := 0; j < f.nbytes; j++)
					v = v<<8 | big b[i+j];
				s = digits(v, f.style, f.width);
			}
			line += " " + s;
			if(i + f.nbytes < n)
				line += blanks(f.pad - len s);
		}
		out.puts(line+"\n");
	}
}

# address: the offset in the address style, 7 columns, zero-padded on
# a chunk's first line and blank-padded on the others
address(a: int, zero: int): string
{
	s: string;
	case astyle {
	'o' =>	s = sys->sprint("%o", a);
	'd' =>	s = sys->sprint("%d", a);
	* =>	s = sys->sprint("%x", a);
	}
	while(len s < 7){
		if(zero)
			s = "0" + s;
		else
			s = " " + s;
	}
	return s;
}

charfield(c: int): string
{
	case c {
	'\t' =>	return "\\t";
	'\r' =>	return "\\r";
	'\n' =>	return "\\n";
	'\b' =>	return "\\b";
	}
	if(c >= 16r20 && c < 16r7f)
		return sys->sprint("%c", c);
	return sys->sprint("%.2x", c);
}

blanks(n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s[i] = ' ';
	return s;
}

# digits: v as an unsigned 64-bit number in style s, zero-padded to w
digits(v: big, s: int, w: int): string
{
	base := big 16;
	case s {
	'o' =>	base = big 8;
	'd' =>	base = big 10;
	}
	r := "";
	if(v < big 0){
		# halve first so that the rest is signed arithmetic:
		# floor(v/base) = floor(floor(v/2)/(base/2)), base even
		q := ((v >> 1) & ~(big 1 << 63)) / (base / big 2);
		r[0] = digit(int (v - q*base));
		v = q;
	}
	do{
		r = sys->sprint("%c", digit(int (v % base))) + r;
		v /= base;
	}while(v != big 0);
	while(len r < w)
		r = "0" + r;
	return r;
}

digit(d: int): int
{
	if(d < 10)
		return '0' + d;
	return 'a' + d - 10;
}
