implement Look;

# look [-dfinx] [-r endkey] [-t c] [string] [file]: binary search of a
# sorted file for the lines whose key begins with string (or, -r, the
# lines from string to endkey). The file is sorted in the order the
# flags give; /lib/words, the default, in dictionary order with case
# folded.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";

Look: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

WORDS:	con "/lib/words";

dflag := 0;	# dictionary order: only letters, digits, blanks and tabs
fflag := 0;	# fold upper case into lower
nflag := 0;	# numeric: compare the keys' leading numbers
xflag := 0;	# the whole key must match, not just its beginning
tabc := '\t';	# the character that ends a line's key

f: ref Iobuf;
fsize: big;
out: ref Iobuf;
stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil)
		nomod(Bufio->PATH);
	arg := load Arg Arg->PATH;
	if(arg == nil)
		nomod(Arg->PATH);
	arg->init(argv);
	arg->setusage("look -[dfinx] [-r lastkey] [-t c] [string] [file]");
	iflag := 0;
	endkey: string;
	rflag := 0;
	while((c := arg->opt()) != 0){
		case c {
		'd' =>	dflag = 1;
		'f' =>	fflag = 1;
		'i' =>	iflag = 1;
		'n' =>	nflag = 1;
		'x' =>	xflag = 1;
		'r' =>
			endkey = arg->earg();
			rflag = 1;
		't' =>
			t := arg->earg();
			tabc = t[0];
		* =>	arg->usage();
		}
	}
	argv = arg->argv();
	key: string;
	if(!iflag){
		if(argv == nil)
			iflag = 1;
		else{
			key = hd argv;
			argv = tl argv;
		}
	}
	file := WORDS;
	if(argv != nil){
		file = hd argv;
		argv = tl argv;
	}else{
		dflag = 1;
		fflag = 1;
	}
	if(argv != nil)
		arg->usage();
	f = bufio->open(file, Bufio->OREAD);
	if(f == nil){
		sys->fprint(stderr, "look: can't open %s\n", file);
		raise "fail:no dictionary";
	}
	fsize = f.seek(big 0, Bufio->SEEKEND);
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	found := 0;
	if(iflag){
		in := bufio->fopen(sys->fildes(0), Bufio->OREAD);
		while((k := in.gets('\n')) != nil){
			if(k[len k - 1] == '\n')
				k = k[0:len k - 1];
			found += look(k, rflag, endkey);
		}
	}else
		found = look(key, rflag, endkey);
	out.flush();
	if(found == 0)
		raise "fail:not found";
}

nomod(path: string)
{
	sys->fprint(stderr, "look: cannot load %s: %r\n", path);
	raise "fail:bad module";
}

# look prints the lines matching key, or with rflag the lines from key
# to endkey, and returns how many it printed
look(key: string, rflag: int, endkey: string): int
{
	k := canon(key);
	ek := canon(endkey);
	f.seek(search(k), Bufio->SEEKSTART);
	n := 0;
	while((l := f.gets('\n')) != nil){
		lk := canon(linekey(l));
		c := compare(lk, k);
		if(c < 0)
			continue;
		if(rflag){
			if(compare(lk, ek) > 0)
				break;
		}else if(c > 0)
			break;
		out.puts(l);
		if(l[len l - 1] != '\n')
			out.puts("\n");
		n++;
	}
	return n;
}

# search returns an offset from which a line-by-line scan meets every
# line whose key is not less than k: only lines less than k come first.
# Each probe looks at the first line that starts after the midpoint.
search(k: string): big
{
	bot := big 0;
	top := fsize;
	while(top - bot > big 1){
		mid := (bot + top) / big 2;
		f.seek(mid, Bufio->SEEKSTART);
		f.gets('\n');
		l := f.gets('\n');
		if(l == nil || compare(canon(linekey(l)), k) >= 0)
			top = mid;
		else
			bot = mid;
	}
	if(bot == big 0)
		return bot;
	f.seek(bot, Bufio->SEEKSTART);
	f.gets('\n');
	return f.offset();
}

# linekey: the part of line l that is its key
linekey(l: string): string
{
	for(i := 0; i < len l; i++)
		if(l[i] == tabc || l[i] == '\n')
			break;
	return l[0:i];
}

# canon: s as the flags compare it
canon(s: string): string
{
	if(nflag || !dflag && !fflag)
		return s;
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(dflag && !(isalnum(c) || c == ' ' || c == '\t'))
			continue;
		if(fflag && c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		r[len r] = c;
	}
	return r;
}

isalnum(c: int): int
{
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 16rA0;
}

# compare orders a line's key lk against the key k: 0 if lk begins with
# k (with xflag, if they are equal), else below or above zero as lk
# sorts before or after k
compare(lk, k: string): int
{
	if(nflag){
		a := number(lk);
		b := number(k);
		if(a < b)
			return -1;
		if(a > b)
			return 1;
		return 0;
	}
	if(!xflag && len lk >= len k && lk[0:len k] == k)
		return 0;
	if(lk < k)
		return -1;
	if(lk > k)
		return 1;
	return 0;
}

# number: the value of the number at the start of s, after blanks; 0
# if there is none
number(s: string): real
{
	i := 0;
	while(i < len s && (s[i] == ' ' || s[i] == '\t'))
		i++;
	j := i;
	if(j < len s && (s[j] == '-' || s[j] == '+'))
		j++;
	while(j < len s && (s[j] >= '0' && s[j] <= '9' || s[j] == '.'))
		j++;
	return real s[i:j];
}
