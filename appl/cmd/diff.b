implement Diff;

# diff [-efbwr] file1 ... file2: the differences between text files, as
# change commands with the lines concerned (default), an ed script
# (-e) or the same script forward (-f). Directories are compared entry
# by entry. The common lines are a longest common subsequence found by
# Myers' O(ND) algorithm in its linear-space form.

include "sys.m";
	sys: Sys;
	Dir: import sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";
include "readdir.m";
	readdir: Readdir;

Diff: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

mode := 'n';	# 'n' normal, 'e' ed script, 'f' forward script
bflag := 0;	# blanks: trailing ones ignored, runs equal to one
wflag := 0;	# all white space ignored
rflag := 0;	# directories compared recursively
multi := 0;	# several pairs: name each differing pair first
status := "";

out: ref Iobuf;
stderr: ref Sys->FD;

BINSIZE:	con 1024;	# how much of a file decides whether it is text

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
	while((c := arg->opt()) != 0){
		case c {
		'e' or 'f' =>	mode = c;
		'b' =>	bflag = 1;
		'w' =>	wflag = 1;
		'r' =>	rflag = 1;
		* =>	usage();
		}
	}
	argv = arg->argv();
	n := len argv;
	if(n < 2)
		usage();
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	files := array[n] of string;
	for(i := 0; i < n; i++){
		files[i] = hd argv;
		argv = tl argv;
	}
	last := files[n-1];
	if(n > 2){
		d := mustat(last);
		if(!isdir(d))
			usage();
		multi = 1;
	}
	for(i = 0; i < n-1; i++)
		diffpaths(files[i], last, 1);
	out.flush();
	if(status != nil)
		raise "fail:"+status;
}

nomod(path: string)
{
	sys->fprint(stderr, "diff: cannot load %s: %r\n", path);
	raise "fail:bad module";
}

usage()
{
	sys->fprint(stderr, "diff: usage: diff [ -efbwr ] file1 ... file2\n");
	raise "fail:error";
}

# mustat: stat a file or stop with status error
mustat(f: string): Dir
{
	(ok, d) := sys->stat(f);
	if(ok < 0){
		out.flush();
		sys->fprint(stderr, "diff: can't stat %s: %r\n", f);
		raise "fail:error";
	}
	return d;
}

isdir(d: Dir): int
{
	return (d.mode & Sys->DMDIR) != 0;
}

# diffpaths compares f and t: two directories entry by entry, a file
# with the file of its base name in a directory, or two files.
# Stat failures are fatal at the top level only.
diffpaths(f, t: string, top: int)
{
	df, dt: Dir;
	if(top){
		df = mustat(f);
		dt = mustat(t);
	}else{
		ok: int;
		(ok, df) = sys->stat(f);
		if(ok < 0){
			cantopen(f);
			return;
		}
		(ok, dt) = sys->stat(t);
		if(ok < 0){
			cantopen(t);
			return;
		}
	}
	if(isdir(df) && isdir(dt)){
		multi = 1;
		diffdir(f, t);
	}else if(isdir(df)){
		multi = 1;
		difffiles(f+"/"+basename(t), t);
	}else if(isdir(dt)){
		multi = 1;
		difffiles(f, t+"/"+basename(f));
	}else
		difffiles(f, t);
}

cantopen(f: string)
{
	out.flush();
	sys->fprint(stderr, "diff: cannot open %s: %r\n", f);
}

basename(f: string): string
{
	for(i := len f; i > 0; i--)
		if(f[i-1] == '/')
			break;
	return f[i:];
}

some()
{
	if(status == nil)
		status = "some";
}

# diffdir compares the entries of two directories in name order
diffdir(f, t: string)
{
	if(readdir == nil){
		readdir = load Readdir Readdir->PATH;
		if(readdir == nil)
			nomod(Readdir->PATH);
	}
	(a, na) := readdir->init(f, Readdir->NAME|Readdir->COMPACT);
	if(na < 0){
		cantopen(f);
		return;
	}
	(b, nb) := readdir->init(t, Readdir->NAME|Readdir->COMPACT);
	if(nb < 0){
		cantopen(t);
		return;
	}
	i := 0;
	j := 0;
	while(i < na || j < nb){
		if(j >= nb || i < na && a[i].name < b[j].name){
			out.puts(sys->sprint("Only in %s: %s\n", f, a[i++].name));
			some();
		}else if(i >= na || b[j].name < a[i].name){
			out.puts(sys->sprint("Only in %s: %s\n", t, b[j++].name));
			some();
		}else{
			name := a[i].name;
			fp := f+"/"+name;
			tp := t+"/"+name;
			if(isdir(*a[i]) && isdir(*b[j])){
				if(rflag)
					diffdir(fp, tp);
				else
					out.puts(sys->sprint("Common subdirectories: %s and %s\n", fp, tp));
			}else
				diffpaths(fp, tp, 0);
			i++;
			j++;
		}
	}
}

# readfile: the whole contents of file f, or nil and a message
readfile(f: string): array of byte
{
	fd := sys->open(f, Sys->OREAD);
	if(fd == nil){
		cantopen(f);
		return nil;
	}
	buf := array[Sys->ATOMICIO] of byte;
	n := 0;
	for(;;){
		if(n == len buf){
			nb := array[2*len buf] of byte;
			nb[0:] = buf;
			buf = nb;
		}
		m := sys->read(fd, buf[n:], len buf - n);
		if(m < 0){
			cantopen(f);
			return nil;
		}
		if(m == 0)
			break;
		n += m;
	}
	return buf[0:n];
}

# binary: whether the first BINSIZE bytes of b hold a byte sequence
# that is not UTF-8 (a sequence cut at the end of that window counts
# only if the file ends there)
binary(b: array of byte): int
{
	w := b;
	if(len w > BINSIZE)
		w = w[0:BINSIZE];
	for(i := 0; i < len w; ){
		(nil, n, ok) := sys->byte2char(w, i);
		if(ok)
			i += n;
		else if(n == 0 && len b > len w)
			break;
		else
			return 1;
	}
	return 0;
}

sameb(a, b: array of byte): int
{
	if(len a != len b)
		return 0;
	for(i := 0; i < len a; i++)
		if(a[i] != b[i])
			return 0;
	return 1;
}

# the two files being compared: their lines and, for each line, the
# number of its class of equal lines (equal as the flags compare them)
lines1, lines2: array of string;
match1, match2: array of int;	# the matched line of the other file, or -1
header: string;			# printed before the first change, then nil

difffiles(f, t: string)
{
	a := readfile(f);
	if(a == nil)
		return;
	b := readfile(t);
	if(b == nil)
		return;
	if(binary(a) || binary(b)){
		if(!sameb(a, b)){
			out.puts(sys->sprint("Binary files %s %s differ\n", f, t));
			some();
		}
		return;
	}
	lines1 = splitlines(string a);
	lines2 = splitlines(string b);
	header = nil;
	if(multi)
		header = sys->sprint("diff %s %s\n", f, t);
	classes := Classes.new(len lines1 + len lines2);
	x := array[len lines1] of int;
	for(i := 0; i < len x; i++)
		x[i] = classes.class(canon(lines1[i]));
	y := array[len lines2] of int;
	for(i = 0; i < len y; i++)
		y[i] = classes.class(canon(lines2[i]));
	lcs(x, y);
	changes();
	lines1 = lines2 = nil;
}

splitlines(s: string): array of string
{
	n := 0;
	for(i := 0; i < len s; i++)
		if(s[i] == '\n')
			n++;
	if(len s > 0 && s[len s - 1] != '\n')
		n++;
	l := array[n] of string;
	n = 0;
	b := 0;
	for(i = 0; i < len s; i++){
		if(s[i] == '\n'){
			l[n++] = s[b:i];
			b = i+1;
		}
	}
	if(b < len s)
		l[n] = s[b:];
	return l;
}

# canon: line s as -b or -w compare it
canon(s: string): string
{
	if(!bflag && !wflag)
		return s;
	r := "";
	blank := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == ' ' || c == '\t'){
			blank = 1;
			continue;
		}
		if(blank && !wflag)
			r[len r] = ' ';
		blank = 0;
		r[len r] = c;
	}
	return r;
}

# Classes numbers distinct strings
Classes: adt {
	tab:	array of list of (string, int);
	n:	int;

	new:	fn(size: int): ref Classes;
	class:	fn(c: self ref Classes, s: string): int;
};

Classes.new(size: int): ref Classes
{
	return ref Classes(array[size/2 + 17] of list of (string, int), 0);
}

Classes.class(c: self ref Classes, s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = h*31 + s[i];
	h &= 16r7fffffff;
	h %= len c.tab;
	for(l := c.tab[h]; l != nil; l = tl l){
		(t, k) := hd l;
		if(t == s)
			return k;
	}
	c.tab[h] = (s, c.n) :: c.tab[h];
	return c.n++;
}

# the sequences being matched and the furthest-reaching paths of the
# forward (vf) and reverse (vb) searches, indexed by diagonal + voff
sx, sy: array of int;
vf, vb: array of int;
voff: int;

# lcs fills match1 and match2 with a longest common subsequence of x, y
lcs(x, y: array of int)
{
	sx = x;
	sy = y;
	match1 = array[len x] of {* => -1};
	match2 = array[len y] of {* => -1};
	voff = (len x + len y + 1)/2 + 2;
	vf = array[2*voff + 1] of int;
	vb = array[2*voff + 1] of int;
	lcsrange(0, len x, 0, len y);
	sx = sy = vf = vb = nil;
}

matched(i, j: int)
{
	match1[i] = j;
	match2[j] = i;
}

# lcsrange matches x[a0:a1] with y[b0:b1]: the common ends directly,
# the rest around the middle snake of a shortest edit script
lcsrange(a0, a1, b0, b1: int)
{
	while(a0 < a1 && b0 < b1 && sx[a0] == sy[b0])
		matched(a0++, b0++);
	while(a0 < a1 && b0 < b1 && sx[a1-1] == sy[b1-1])
		matched(--a1, --b1);
	if(a0 == a1 || b0 == b1)
		return;
	(x0, y0, x1, y1) := middlesnake(a0, a1, b0, b1);
	lcsrange(a0, x0, b0, y0);
	for(; x0 < x1; x0++)
		matched(x0, y0++);
	lcsrange(x1, a1, y1, b1);
}

# middlesnake: the snake (diagonal run of matches) from (x0,y0) to
# (x1,y1) in the middle of a shortest edit script of x[a0:a1] and
# y[b0:b1], which differ at both ends. Myers 1986, section 4b. The
# snake starts after the script's first edit or ends before its last,
# so both halves around it are smaller than the whole.
middlesnake(a0, a1, b0, b1: int): (int, int, int, int)
{
	n := a1 - a0;
	m := b1 - b0;
	delta := n - m;
	odd := delta & 1;
	vf[voff+1] = 0;
	vb[voff+1] = 0;
	for(d := 0; d <= (n+m+1)/2; d++){
		# forward paths of d edits, on diagonals k = x-y
		for(k := -d; k <= d; k += 2){
			x: int;
			if(k == -d || k != d && vf[voff+k-1] < vf[voff+k+1])
				x = vf[voff+k+1];
			else
				x = vf[voff+k-1] + 1;
			y := x - k;
			x0 := x;
			y0 := y;
			while(x < n && y < m && sx[a0+x] == sy[b0+y]){
				x++;
				y++;
			}
			vf[voff+k] = x;
			# the reverse paths of d-1 edits cover diagonals
			# delta-(d-1) .. delta+(d-1); vb counts from the end
			if(odd && k >= delta-(d-1) && k <= delta+(d-1) && x + vb[voff+delta-k] >= n)
				return (a0+x0, b0+y0, a0+x, b0+y);
		}
		# reverse paths of d edits, on diagonals k of the reversed
		# sequences, which are diagonals delta-k forward
		for(k = -d; k <= d; k += 2){
			x: int;
			if(k == -d || k != d && vb[voff+k-1] < vb[voff+k+1])
				x = vb[voff+k+1];
			else
				x = vb[voff+k-1] + 1;
			y := x - k;
			x0 := x;
			y0 := y;
			while(x < n && y < m && sx[a1-1-x] == sy[b1-1-y]){
				x++;
				y++;
			}
			vb[voff+k] = x;
			if(!odd && delta-k >= -d && delta-k <= d && vf[voff+delta-k] + x >= n)
				return (a1-x, b1-y, a1-x0, b1-y0);
		}
	}
	raise "diff: no middle snake";	# cannot happen: d reaches (n+m+1)/2
}

# a change: lines [i0, i1) of the first file become [j0, j1) of the second
Change: adt {
	i0, i1, j0, j1:	int;
};

# changes prints the differences found by lcs
changes()
{
	l: list of ref Change;
	n1 := len lines1;
	n2 := len lines2;
	i := 0;
	j := 0;
	while(i < n1 || j < n2){
		if(i < n1 && j < n2 && match1[i] == j){
			i++;
			j++;
			continue;
		}
		c := ref Change(i, i, j, j);
		while(i < n1 && match1[i] < 0)
			i++;
		while(j < n2 && match2[j] < 0)
			j++;
		c.i1 = i;
		c.j1 = j;
		l = c :: l;	# last first
	}
	if(l == nil)
		return;
	some();
	if(header != nil)
		out.puts(header);
	if(mode == 'e'){
		for(; l != nil; l = tl l)
			edchange(hd l);
		return;
	}
	r: list of ref Change;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	for(; r != nil; r = tl r){
		if(mode == 'f')
			edchange(hd r);
		else
			change(hd r);
	}
}

# range: lines a to b (1-based), one number if they are the same
range(a, b: int, sep: string): string
{
	if(a == b)
		return string a;
	return string a + sep + string b;
}

change(c: ref Change)
{
	s: string;
	if(c.j0 == c.j1)
		s = range(c.i0+1, c.i1, ",") + "d" + string c.j0;
	else if(c.i0 == c.i1)
		s = string c.i0 + "a" + range(c.j0+1, c.j1, ",");
	else
		s = range(c.i0+1, c.i1, ",") + "c" + range(c.j0+1, c.j1, ",");
	out.puts(s+"\n");
	for(i := c.i0; i < c.i1; i++)
		out.puts("< "+lines1[i]+"\n");
	if(c.i0 < c.i1 && c.j0 < c.j1)
		out.puts("---\n");
	for(j := c.j0; j < c.j1; j++)
		out.puts("> "+lines2[j]+"\n");
}

# edchange prints c as an ed command (-e) or with the letter first (-f)
edchange(c: ref Change)
{
	letter: int;
	r: string;
	if(c.j0 == c.j1){
		letter = 'd';
		r = range(c.i0+1, c.i1, ",");
	}else if(c.i0 == c.i1){
		letter = 'a';
		r = string c.i0;
	}else{
		letter = 'c';
		r = range(c.i0+1, c.i1, ",");
	}
	if(mode == 'f'){
		for(i := 0; i < len r; i++)
			if(r[i] == ',')
				r[i] = ' ';
		out.puts(sys->sprint("%c%s\n", letter, r));
	}else
		out.puts(sys->sprint("%s%c\n", r, letter));
	if(letter == 'd')
		return;
	for(j := c.j0; j < c.j1; j++)
		out.puts(lines2[j]+"\n");
	out.puts(".\n");
}
