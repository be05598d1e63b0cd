implement Tr;

# tr [-cds] [string1 [string2]]: copy standard input to standard
# output, mapping the characters of string1 to those of string2,
# deleting them (-d), squeezing repeated output characters (-s); -c
# takes the complement of string1.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";

Tr: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# A set of characters as written: ranges in order, duplicates kept,
# so that the kth character of the set is well defined.
Set: adt {
	r:	array of (int, int);	# inclusive ranges, in the order written
	n:	int;			# characters, counting repeats

	has:	fn(s: self ref Set, c: int): int;
	index:	fn(s: self ref Set, c: int): int;
	nth:	fn(s: self ref Set, k: int): int;
	below:	fn(s: self ref Set, c: int): int;
};

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil)
		cantload(Bufio->PATH);
	arg := load Arg Arg->PATH;
	if(arg == nil)
		cantload(Arg->PATH);
	arg->init(argv);
	cflag := dflag := sflag := 0;
	while((c := arg->opt()) != 0){
		case c {
		'c' =>	cflag = 1;
		'd' =>	dflag = 1;
		's' =>	sflag = 1;
		* =>	usage();
		}
	}
	argv = arg->argv();
	# -d: one string (two with -s); otherwise exactly two
	want := 2;
	if(dflag && !sflag)
		want = 1;
	if(len argv != want)
		usage();
	s1 := parseset(hd argv);
	s2: ref Set;
	if(tl argv != nil)
		s2 = parseset(hd tl argv);
	if(!dflag && s2.n == 0)
		s2 = ref Set(array[] of {(0, 0)}, 1);	# as on Inferno: an empty to-set maps to NUL

	in := bufio->fopen(sys->fildes(0), Bufio->OREAD);
	out := bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	last := -1;	# the last character written, for -s
	while((c = in.getc()) >= 0){
		insel := s1.has(c);
		if(cflag)
			insel = !insel;
		if(dflag){
			if(insel)
				continue;
		}else if(insel){
			k: int;
			if(cflag)
				k = c - s1.below(c);
			else
				k = s1.index(c);
			if(k >= s2.n)
				k = s2.n - 1;
			c = s2.nth(k);
		}
		if(sflag && c == last && s2.has(c))
			continue;
		out.putc(c);
		last = c;
	}
	out.flush();
}

# the set a string denotes: ranges a-z and the escapes \ooo, \xhhhhhh, \c
parseset(s: string): ref Set
{
	r: list of (int, int);
	nr := 0;
	n := 0;
	i := 0;
	while(i < len s){
		lo: int;
		(lo, i) = char(s, i);
		hi := lo;
		if(i+1 < len s && s[i] == '-'){
			(hi, i) = char(s, i+1);
			if(hi < lo)
				error("Invalid range specification");
		}
		r = (lo, hi) :: r;
		nr++;
		n += hi - lo + 1;
	}
	a := array[nr] of (int, int);
	for(k := nr; --k >= 0; r = tl r)
		a[k] = hd r;
	return ref Set(a, n);
}

# one character of a set, at s[i], and the index after it
char(s: string, i: int): (int, int)
{
	if(s[i] != '\\' || i+1 == len s)
		return (s[i], i+1);
	i++;
	if(isoctal(s[i])){
		c := 0;
		for(k := 0; k < 3 && i < len s && isoctal(s[i]); k++)
			c = c*8 + s[i++] - '0';
		# Inferno's limit, compared in decimal: \400 to \571 pass
		if(c > 377)
			error("char>0377");
		return (c, i);
	}
	if(s[i] == 'x' && i+1 < len s && hexval(s[i+1]) >= 0){
		i++;
		c := 0;
		for(k := 0; k < 6 && i < len s && hexval(s[i]) >= 0; k++)
			c = c*16 + hexval(s[i++]);
		return (c, i);
	}
	return (s[i], i+1);
}

Set.has(s: self ref Set, c: int): int
{
	for(i := 0; i < len s.r; i++){
		(lo, hi) := s.r[i];
		if(c >= lo && c <= hi)
			return 1;
	}
	return 0;
}

# where c is in the set; the last place when it is there more than once
Set.index(s: self ref Set, c: int): int
{
	k := -1;
	base := 0;
	for(i := 0; i < len s.r; i++){
		(lo, hi) := s.r[i];
		if(c >= lo && c <= hi)
			k = base + c - lo;
		base += hi - lo + 1;
	}
	return k;
}

# the set's kth character
Set.nth(s: self ref Set, k: int): int
{
	for(i := 0; i < len s.r; i++){
		(lo, hi) := s.r[i];
		if(k <= hi - lo)
			return lo + k;
		k -= hi - lo + 1;
	}
	return -1;
}

# how many distinct characters of the set are less than c: the
# position of c (not in the set) in the set's complement is c minus this
Set.below(s: self ref Set, c: int): int
{
	n := 0;
	for(x := 0; x < c; ){
		# the next member at or after x, and the run of members from it
		lo := -1;
		for(i := 0; i < len s.r; i++){
			(l, h) := s.r[i];
			if(h >= x && (lo < 0 || max(l, x) < lo))
				lo = max(l, x);
		}
		if(lo < 0 || lo >= c)
			break;
		hi := lo;
		for(changed := 1; changed; ){
			changed = 0;
			for(i = 0; i < len s.r; i++){
				(l, h) := s.r[i];
				if(l <= hi+1 && h > hi){
					hi = h;
					changed = 1;
				}
			}
		}
		if(hi >= c)
			hi = c - 1;
		n += hi - lo + 1;
		x = hi + 1;
	}
	return n;
}

max(a, b: int): int
{
	if(a > b)
		return a;
	return b;
}

isoctal(c: int): int
{
	return c >= '0' && c <= '7';
}

hexval(c: int): int
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

error(msg: string)
{
	sys->fprint(stderr, "tr: %s\n", msg);
	raise "fail:error";
}

usage()
{
	sys->fprint(stderr, "Usage: tr [-sdc] [from-set [to-set]]\n");
	raise "fail:usage";
}

cantload(path: string)
{
	sys->fprint(stderr, "tr: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
