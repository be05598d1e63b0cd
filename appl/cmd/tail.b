implement Tail;

# tail [+-N[lbc][rf]] [file]   tail [-fr] [-n N] [-c N] [file]:
# the end of a file (or standard input), counted in lines, bytes or
# 1024-byte blocks from the end or from the start; optionally in
# reverse line order, or following the file as it grows.
# Errors are raised as "err:MESSAGE" and printed by init.
# As on Inferno, tail always ends with an empty status, even after an
# error, and ignores option words it does not recognise.

include "sys.m";
	sys: Sys;
include "draw.m";

Tail: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Lines, Chars, Blocks: con iota;	# units of the count
Blocksize: con 1024;
Pollms: con 5000;	# how often -f looks for more data

stderr: ref Sys->FD;
Eusage: con "err:usage: tail [-n N] [-c N] [-f] [-r] [+-N[bc][fr]] [file]";

# what the arguments ask for
units := Lines;
count := big 10;
fromstart := 0;	# count from the start (+N) instead of the end
numgiven := 0;
reverse := 0;
follow := 0;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	if(argv != nil)
		argv = tl argv;
	{
		file := options(argv);
		tail(file);
	}exception e{
	"err:*" =>
		sys->fprint(stderr, "%s\n", e[4:]);
	}
}

# parse the argument words; returns the file name, nil for stdin
options(argv: list of string): string
{
	file: string;
	for(; argv != nil; argv = tl argv){
		a := hd argv;
		if((k := posixopt(a)) > 0){
			# POSIX style: -n N, -c N (or -nN, -cN), after -f and -r
			# letters (-rn N)
			for(j := 1; j < k; j++)
				if(a[j] == 'r')
					reverse = 1;
				else
					follow = 1;
			v := a[k+1:];
			if(v == nil){
				if(tl argv == nil)
					raise Eusage;
				argv = tl argv;
				v = hd argv;
			}
			posixcount(v);
			if(a[k] == 'n')
				units = Lines;
			else
				units = Chars;
		}else if(len a > 1 && (a[0] == '-' || a[0] == '+'))
			oldstyle(a);
		else{
			if(file != nil)
				raise Eusage;
			file = a;
		}
	}
	# -r goes back from the end: not with +N, as on Inferno
	if(reverse && (units != Lines || follow || fromstart))
		raise "err:tail: incompatible options";
	if(file == "-")
		file = nil;
	return file;
}

# where the n or c is in a POSIX option word -[fr]*[nc][DIGITS]; 0 if
# the word is not one
posixopt(a: string): int
{
	if(len a < 2 || a[0] != '-')
		return 0;
	for(i := 1; i < len a && (a[i] == 'f' || a[i] == 'r'); i++)
		;
	if(i == len a || a[i] != 'n' && a[i] != 'c')
		return 0;
	for(j := i+1; j < len a; j++)
		if(!isdigit(a[j]))
			return 0;
	return i;
}

# N of -n N and -c N: +N from the start, -N or N from the end
posixcount(v: string)
{
	if(numgiven)
		raise "err:tail: excess option";
	start := 0;
	if(v != nil && (v[0] == '+' || v[0] == '-')){
		fromstart = v[0] == '+';
		start = 1;
	}
	if(start >= len v)
		raise Eusage;
	for(i := start; i < len v; i++)
		if(!isdigit(v[i]))
			raise Eusage;
	count = big v[start:];
	numgiven = 1;
}

# +-N[lbc][rf]: a word with anything else is ignored as a whole
oldstyle(a: string)
{
	i := 1;
	while(i < len a && isdigit(a[i]))
		i++;
	digits := a[1:i];
	u := -1;
	if(i < len a){
		case a[i] {
		'l' =>	u = Lines; i++;
		'c' =>	u = Chars; i++;
		'b' =>	u = Blocks; i++;
		}
	}
	r := f := 0;
	for(; i < len a; i++){
		case a[i] {
		'r' =>	r = 1;
		'f' =>	f = 1;
		* =>	return;
		}
	}
	if(digits != nil || u >= 0){
		if(numgiven)
			raise "err:tail: excess option";
		numgiven = 1;
		fromstart = a[0] == '+';
		if(digits != nil)
			count = big digits;
	}
	if(u >= 0)
		units = u;
	if(r)
		reverse = 1;
	if(f)
		follow = 1;
}

tail(file: string)
{
	fd: ref Sys->FD;
	name := file;
	if(file == nil){
		fd = sys->fildes(0);
		name = "<stdin>";
	}else{
		fd = sys->open(file, Sys->OREAD);
		if(fd == nil)
			raise "err:" + sys->sprint("tail: %s: %r", file);
	}
	(data, err) := readall(fd);
	if(err != nil)
		raise "err:" + sys->sprint("tail: %s: %s", name, err);
	out := sys->fildes(1);
	if(reverse)
		write(out, reversed(data[start(data):]));
	else
		write(out, data[start(data):]);
	if(follow)
		followfd(fd, out, name);
}

# where the output begins in data
start(data: array of byte): int
{
	n := len data;
	if(units == Lines){
		if(reverse && !numgiven)
			return 0;	# -r alone: the whole file
		if(fromstart){
			# skip count-1 lines
			i := 0;
			for(k := big 1; k < count && i < n; k++){
				while(i < n && data[i] != byte '\n')
					i++;
				if(i < n)
					i++;
			}
			return i;
		}
		# back over count lines; the last newline ends the last line
		if(count == big 0)
			return n;
		i := n;
		if(i > 0 && data[i-1] == byte '\n')
			i--;
		for(k := big 0; k < count && i > 0; k++){
			i--;
			while(i > 0 && data[i-1] != byte '\n')
				i--;
		}
		return i;
	}
	c := count;
	if(units == Blocks)
		c *= big Blocksize;
	if(fromstart){
		if(c > big n)
			return n;
		return int c;
	}
	if(c > big n)
		return 0;
	return n - int c;
}

# the lines of data, last first; each ends with a newline
reversed(data: array of byte): array of byte
{
	out := array[len data + 1] of byte;
	o := 0;
	end := len data;
	while(end > 0){
		b := end;
		if(data[end-1] == byte '\n')
			b--;
		while(b > 0 && data[b-1] != byte '\n')
			b--;
		m := end - b;
		out[o:] = data[b:end];
		o += m;
		if(data[end-1] != byte '\n')
			out[o++] = byte '\n';
		end = b;
	}
	return out[0:o];
}

followfd(fd: ref Sys->FD, out: ref Sys->FD, name: string)
{
	buf := array[Sys->ATOMICIO] of byte;
	for(;;){
		n := sys->read(fd, buf, len buf);
		if(n < 0)
			raise "err:" + sys->sprint("tail: %s: %r", name);
		if(n == 0){
			sys->sleep(Pollms);
			continue;
		}
		write(out, buf[0:n]);
	}
}

readall(fd: ref Sys->FD): (array of byte, string)
{
	data := array[Sys->ATOMICIO] of byte;
	n := 0;
	for(;;){
		if(n == len data){
			d := array[2*len data] of byte;
			d[0:] = data;
			data = d;
		}
		m := sys->read(fd, data[n:], len data - n);
		if(m < 0)
			return (nil, sys->sprint("%r"));
		if(m == 0)
			break;
		n += m;
	}
	return (data[0:n], nil);
}

write(fd: ref Sys->FD, b: array of byte)
{
	if(len b > 0 && sys->write(fd, b, len b) != len b)
		raise "err:" + sys->sprint("tail: write error: %r");
}

isdigit(c: int): int
{
	return c >= '0' && c <= '9';
}
