implement Bytes;

# bytes start end [replacement]: a debugging filter on standard input.
# Without a replacement it shows bytes [start, end) of the input with
# backslashes and bytes that are not valid UTF-8 escaped; with one, it
# copies the input with that range replaced. Hand-parsed, no manual page
# on Inferno.

include "sys.m";
	sys: Sys;
include "draw.m";

Bytes: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

END:	con -1;	# the position written "end": the end of the input

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	if(argv != nil)
		argv = tl argv;
	if(len argv != 2 && len argv != 3)
		usage();
	start := position(hd argv);
	end := position(hd tl argv);
	if(start == END && end != END || end != END && start > end){
		sys->fprint(stderr, "bytes: out of order range\n");
		raise "fail:bad range";
	}
	if(len argv == 3){
		repl := unescape(hd tl tl argv);
		if(repl == nil){
			sys->fprint(stderr, "bytes: invalid backslash sequence\n");
			raise "fail:bad args";
		}
		replace(start, end, repl);
	}else
		show(start, end);
}

usage()
{
	sys->fprint(stderr, "usage: bytes start end [bytes]\n");
	raise "fail:usage";
}

# position parses a byte offset or the word "end"
position(s: string): int
{
	if(s == "end")
		return END;
	if(s == nil)
		usage();
	n := 0;
	for(i := 0; i < len s; i++){
		if(s[i] < '0' || s[i] > '9')
			usage();
		n = n*10 + s[i] - '0';
	}
	return n;
}

# show prints the bytes of the input in [start, end), escaped, and
# says on stderr how each read went.
show(start, end: int)
{
	stdin := sys->fildes(0);
	buf := array[Sys->ATOMICIO] of byte;
	sel := array[0] of byte;
	nsel := 0;
	off := 0;
	while(end == END || off < end){
		n := sys->read(stdin, buf, len buf);
		if(n <= 0)
			break;
		sys->fprint(stderr, "bytes: read %d bytes\n", n);
		# the part of buf[0:n] (offsets off..off+n) inside the range
		lo := 0;
		if(start == END)
			lo = n;
		else if(start > off)
			lo = start - off;
		hi := n;
		if(end != END && end - off < n)
			hi = end - off;
		if(lo < hi){
			if(nsel + hi - lo > len sel){
				nb := array[2*(nsel + hi - lo)] of byte;
				nb[0:] = sel[0:nsel];
				sel = nb;
			}
			sel[nsel:] = buf[lo:hi];
			nsel += hi - lo;
		}
		off += n;
	}
	sys->fprint(stderr, "out of loop\n");
	out := escape(sel[0:nsel]);
	sys->write(sys->fildes(1), out, len out);
}

# escape doubles backslashes and writes each byte that is not part of
# a valid UTF-8 sequence as \XX.
escape(b: array of byte): array of byte
{
	s := "";
	for(i := 0; i < len b; ){
		(c, w, ok) := sys->byte2char(b, i);
		if(ok == 0){
			s += sys->sprint("\\%.2X", int b[i]);
			i++;
			continue;
		}
		if(c == '\\')
			s += "\\\\";
		else
			s[len s] = c;
		i += w;
	}
	return array of byte s;
}

# unescape turns the replacement's escapes into bytes; nil if one is
# invalid. An empty replacement is a zero-length array, not nil.
unescape(s: string): array of byte
{
	a := array of byte s;
	out := array[len a] of byte;
	n := 0;
	for(i := 0; i < len a; i++){
		if(a[i] != byte '\\'){
			out[n++] = a[i];
			continue;
		}
		if(++i >= len a)
			return nil;
		case int a[i] {
		'n' =>	out[n++] = byte '\n';
		'r' =>	out[n++] = byte '\r';
		't' =>	out[n++] = byte '\t';
		'v' =>	out[n++] = byte '\v';
		'\\' =>	out[n++] = byte '\\';
		* =>
			if(i+1 >= len a)
				return nil;
			h := hexval(int a[i]);
			l := hexval(int a[i+1]);
			if(h < 0 || l < 0)
				return nil;
			out[n++] = byte (h<<4 | l);
			i++;
		}
	}
	return out[0:n];
}

hexval(c: int): int
{
	case c {
	'0' to '9' =>	return c - '0';
	'a' to 'f' =>	return c - 'a' + 10;
	'A' to 'F' =>	return c - 'A' + 10;
	}
	return -1;
}

# replace copies the input to the output with [start, end) replaced by
# repl; if the input ends before start, repl is added at its end.
replace(start, end: int, repl: array of byte)
{
	stdin := sys->fildes(0);
	stdout := sys->fildes(1);
	buf := array[Sys->ATOMICIO] of byte;
	off := 0;
	done := 0;
	for(;;){
		n := sys->read(stdin, buf, len buf);
		if(n <= 0)
			break;
		# copy what lies before start, put repl at start, drop [start, end)
		if(start == END || start >= off + n){
			sys->write(stdout, buf, n);
			off += n;
			continue;
		}
		a := start - off;
		if(a < 0)
			a = 0;
		sys->write(stdout, buf, a);
		if(!done){
			sys->write(stdout, repl, len repl);
			done = 1;
		}
		if(end != END){
			b := end - off;
			if(b < a)
				b = a;
			if(b < n)
				sys->write(stdout, buf[b:n], n - b);
		}
		off += n;
	}
	if(!done)
		sys->write(stdout, repl, len repl);
}
