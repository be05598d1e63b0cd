implement Sed;

# sed [-n] [-g] [-e script]... [-f file]... [script] [file ...]: the
# stream editor, after Plan 9's. The script is compiled into an array
# of commands (Cmd), then run once per input line (a cycle) on the
# pattern space. Regular expressions are regex(2)'s.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";
include "regex.m";
	regex: Regex;
	Re: import regex;

Sed: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# address kinds
Aline, Alast, Are: con iota;

Addr: adt {
	kind:	int;
	line:	int;	# Aline
	re:	Re;	# Are
};

# a file written by w or s///w
Wfile: adt {
	name:	string;
	f:	ref Iobuf;
};

# One command of the script. jump is the index of the command that b
# and t go to (-1: the end of the script), and for { that of its }.
Cmd: adt {
	a1, a2:	ref Addr;
	negate:	int;
	active:	int;		# a range has begun and not yet ended
	c:	int;		# the command's letter
	text:	string;		# a i c: the text; : b t: the label; r: the file
	re:	Re;		# s
	repl:	string;		# s: the replacement, escapes kept
	global:	int;		# s///g
	print:	int;		# s///p or s///P: 'p' or 'P'
	wf:	ref Wfile;	# w, s///w
	from:	string;		# y
	into:	string;
	jump:	int;
	src:	int;		# the script line it came from, for messages
};

# a line of the script and where it came from
Src: adt {
	file:	string;
	line:	int;	# from 1
	text:	string;
};

stderr: ref Sys->FD;
out: ref Iobuf;
nflag := 0;
gflag := 0;

# the script, and the compiler's place in it
srcs: array of ref Src;
li := 0;		# current line
pos := 0;		# position in srcs[li].text
cmds: array of ref Cmd;
ncmds := 0;
lastre: Re;		# for the empty regular expression
wfiles: list of ref Wfile;

# the machine's state
ps := "";		# pattern space
hs := "";		# hold space
lnum := 0;		# input lines read
tflag := 0;		# a substitution was made since the last t or input line
quitting := 0;
appends: list of (int, string);	# ('a', text) or ('r', file) to output at the end of the cycle, latest first

# the input files
infiles: list of string;
infile: ref Iobuf;
nextline: string;	# read ahead, to know the last line
havenext := 0;
status := "";

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
	regex = load Regex Regex->PATH;
	if(regex == nil)
		cantload(Regex->PATH);

	arg->init(argv);
	arg->setusage("sed [-ngd] [-e expr] [-f file] [expr] [file...]");
	script: list of ref Src;	# latest first
	nexpr := 0;
	given := 0;
	while((c := arg->opt()) != 0){
		case c {
		'n' =>	nflag = 1;
		'g' =>	gflag = 1;
		'd' =>	;	# debugging output: not provided
		'e' =>
			for(l := lines(arg->earg()); l != nil; l = tl l)
				script = ref Src("<stdin>", ++nexpr, hd l) :: script;
			given = 1;
		'f' =>
			script = readscript(arg->earg(), script);
			given = 1;
		* =>
			arg->usage();
		}
	}
	argv = arg->argv();
	if(!given){
		if(argv == nil)
			arg->usage();
		for(l := lines(hd argv); l != nil; l = tl l)
			script = ref Src("<stdin>", ++nexpr, hd l) :: script;
		argv = tl argv;
	}
	srcs = array[len script] of ref Src;
	for(i := len srcs; --i >= 0; script = tl script)
		srcs[i] = hd script;

	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	compile();
	infiles = argv;
	if(infiles == nil)
		infile = bufio->fopen(sys->fildes(0), Bufio->OREAD);
	run();
	out.flush();
	for(w := wfiles; w != nil; w = tl w)
		(hd w).f.flush();
	if(status != nil)
		raise "fail:" + status;
}

# the lines of a script argument
lines(s: string): list of string
{
	r: list of string;
	b := 0;
	for(i := 0; i < len s; i++){
		if(s[i] == '\n'){
			r = s[b:i] :: r;
			b = i+1;
		}
	}
	r = s[b:] :: r;
	return rev(r);
}

readscript(name: string, script: list of ref Src): list of ref Src
{
	f := bufio->open(name, Bufio->OREAD);
	if(f == nil){
		sys->fprint(stderr, "sed: cannot open %s: %r\n", name);
		raise "fail:error";
	}
	n := 0;
	while((s := f.gets('\n')) != nil){
		if(s[len s - 1] == '\n')
			s = s[0:len s - 1];
		script = ref Src(name, ++n, s) :: script;
	}
	return script;
}

#
# The compiler
#

# a script error: as on Inferno the line number printed is one more
# than the script line's
error(msg: string)
{
	s := srcs[len srcs - 1];
	if(li < len srcs)
		s = srcs[li];
	out.flush();
	sys->fprint(stderr, "%s:%d %s\n", s.file, s.line+1, msg);
	raise "fail:error";
}

cmderror(msg: string, src: int)
{
	li = src;
	error(msg);
}

# the current character of the script, -1 at the end of a line
peek(): int
{
	if(li >= len srcs || pos >= len srcs[li].text)
		return -1;
	return srcs[li].text[pos];
}

skipblanks()
{
	while((c := peek()) == ' ' || c == '\t')
		pos++;
}

nextsrc()
{
	li++;
	pos = 0;
}

compile()
{
	cmds = array[16] of ref Cmd;
	blocks: list of int;	# the open {s, innermost first
	if(len srcs > 0 && srcs[0].text == "#n")
		nflag = 1;
	while(li < len srcs){
		skipblanks();
		c := peek();
		if(c == -1 || c == '#'){
			nextsrc();
			continue;
		}
		if(c == ';'){
			pos++;
			continue;
		}
		cmd := ref Cmd;
		cmd.src = li;
		cmd.jump = -1;
		cmd.a1 = address();
		if(cmd.a1 != nil){
			skipblanks();
			if(peek() == ',' || peek() == ';'){
				pos++;
				skipblanks();
				cmd.a2 = address();
				if(cmd.a2 == nil)
					error("missing address");
			}
		}
		skipblanks();
		while(peek() == '!'){
			cmd.negate = 1;
			pos++;
			skipblanks();
		}
		cmd.c = peek();
		pos++;
		case cmd.c {
		'{' =>
			blocks = ncmds :: blocks;
			add(cmd);
			continue;	# the next command may follow on the line
		'}' =>
			noaddress(cmd);
			if(blocks == nil)
				error("unexpected }");
			cmds[hd blocks].jump = ncmds;
			blocks = tl blocks;
		':' =>
			noaddress(cmd);
			cmd.text = label();
			if(cmd.text == nil)
				error("missing label");
			for(i := 0; i < ncmds; i++)
				if(cmds[i].c == ':' && cmds[i].text == cmd.text)
					error("duplicate label: " + cmd.text);
			add(cmd);
			continue;
		'b' or 't' =>
			cmd.text = label();
			add(cmd);
			continue;
		'a' or 'i' or 'c' =>
			cmd.text = text();
			add(cmd);
			continue;
		'r' or 'w' =>
			cmd.text = filename();
			if(cmd.c == 'w')
				cmd.wf = wfile(cmd.text);
			add(cmd);
			continue;
		's' =>
			substitute(cmd);
		'y' =>
			transliterate(cmd);
		'q' =>
			if(cmd.a2 != nil)
				error("command takes one address");
		'=' or 'd' or 'D' or 'g' or 'G' or 'h' or 'H' or 'l' or 'n' or 'N' or
		'p' or 'P' or 'x' =>
			;
		* =>
			error(sys->sprint("unrecognised command: '%s' (%c)", srcs[li].text, cmd.c));
		}
		add(cmd);
		# what may follow a command on its line
		skipblanks();
		case peek() {
		-1 or '#' =>
			nextsrc();
		';' =>
			pos++;
		'}' =>
			;
		* =>
			error(sys->sprint("extra characters after command: '%s'", srcs[li].text));
		}
	}
	if(blocks != nil)
		cmderror("unmatched {", cmds[hd blocks].src);
	# resolve the labels
	for(i := 0; i < ncmds; i++){
		cmd := cmds[i];
		if((cmd.c == 'b' || cmd.c == 't') && cmd.text != nil){
			for(j := 0; j < ncmds; j++)
				if(cmds[j].c == ':' && cmds[j].text == cmd.text)
					break;
			if(j == ncmds)
				cmderror("undefined label: " + cmd.text, cmd.src);
			cmd.jump = j;
		}
	}
	cmds = cmds[0:ncmds];
}

add(cmd: ref Cmd)
{
	if(ncmds == len cmds){
		a := array[2*ncmds] of ref Cmd;
		a[0:] = cmds;
		cmds = a;
	}
	cmds[ncmds++] = cmd;
}

noaddress(cmd: ref Cmd)
{
	if(cmd.a1 != nil)
		error(sys->sprint("command takes no address: %c", cmd.c));
}

# N, $, /re/ or \cREc; nil if none is there
address(): ref Addr
{
	c := peek();
	case c {
	'0' to '9' =>
		n := 0;
		while((c = peek()) >= '0' && c <= '9'){
			n = n*10 + c - '0';
			pos++;
		}
		if(n == 0)
			error("line no 0 is illegal address");
		return ref Addr(Aline, n, nil);
	'$' =>
		pos++;
		return ref Addr(Alast, 0, nil);
	'/' =>
		pos++;
		return ref Addr(Are, 0, regexp('/'));
	'\\' =>
		pos++;
		d := peek();
		if(d == -1 || d == '\n')
			error("bad address delimiter");
		pos++;
		return ref Addr(Are, 0, regexp(d));
	}
	return nil;
}

# a regular expression up to the delimiter d, compiled; the empty one
# is the last one compiled. In it \n is a newline and \d is d.
regexp(d: int): Re
{
	s := "";
	for(;;){
		c := peek();
		if(c == -1)
			error("unterminated regular expression");
		pos++;
		if(c == d)
			break;
		if(c == '\\'){
			c = peek();
			if(c == -1)
				error("unterminated regular expression");
			pos++;
			if(c == 'n')
				s[len s] = '\n';
			else if(c == d && !ismeta(d))
				s[len s] = d;
			else{
				s[len s] = '\\';
				s[len s] = c;
			}
			continue;
		}
		s[len s] = c;
	}
	if(s == nil){
		if(lastre == nil)
			error("no previous regular expression");
		return lastre;
	}
	(re, diag) := regex->compile(s, 1);
	if(re == nil)
		error("bad regexp: " + diag);
	lastre = re;
	return re;
}

ismeta(c: int): int
{
	for(m := ".*+?[]()|^$\\"; m != nil; m = m[1:])
		if(m[0] == c)
			return 1;
	return 0;
}

# s/re/repl/flags
substitute(cmd: ref Cmd)
{
	d := peek();
	if(d == -1 || d == '\\' || d == '\n' || d == ' ')
		error("bad delimiter in s command");
	pos++;
	cmd.re = regexp(d);
	# the replacement, which may go on over lines ended by \
	r := "";
	for(;;){
		c := peek();
		if(c == -1)
			error("unterminated s command");
		pos++;
		if(c == d)
			break;
		if(c == '\\'){
			c = peek();
			if(c == -1){
				# an escaped newline: the text goes on on the next line
				nextsrc();
				if(li >= len srcs)
					error("unterminated s command");
				r += "\\n";
				continue;
			}
			pos++;
			if(c == d && c != '&')
				r[len r] = c;
			else{
				r[len r] = '\\';
				r[len r] = c;
			}
			continue;
		}
		r[len r] = c;
	}
	cmd.repl = r;
	cmd.global = gflag;
	for(;;){
		case peek() {
		'g' =>
			cmd.global = 1;
		'p' or 'P' =>
			if(cmd.print)
				error("multiple print flags in s command");
			cmd.print = peek();
		'w' =>
			pos++;
			cmd.wf = wfile(filename());
			return;
		* =>
			return;
		}
		pos++;
	}
}

# y/abc/xyz/
transliterate(cmd: ref Cmd)
{
	d := peek();
	if(d == -1 || d == '\\' || d == '\n' || d == ' ')
		error("bad delimiter in y command");
	pos++;
	cmd.from = ystring(d);
	cmd.into = ystring(d);
	if(len cmd.from != len cmd.into)
		error("y command strings have different lengths");
}

ystring(d: int): string
{
	s := "";
	for(;;){
		c := peek();
		if(c == -1)
			error("unterminated y command");
		pos++;
		if(c == d)
			return s;
		if(c == '\\'){
			c = peek();
			if(c == 'n')
				c = '\n';
			else if(c != d && c != '\\')
				error("bad escape in y command");
			pos++;
		}
		s[len s] = c;
	}
}

# a label: the rest of the line up to a ;, without blanks around it
label(): string
{
	skipblanks();
	t := srcs[li].text;
	b := pos;
	while(pos < len t && t[pos] != ';')
		pos++;
	e := pos;
	while(e > b && (t[e-1] == ' ' || t[e-1] == '\t'))
		e--;
	if(pos < len t)
		pos++;	# the ;
	return t[b:e];
}

# a file name: the rest of the line
filename(): string
{
	skipblanks();
	t := srcs[li].text;
	name := t[pos:];
	pos = len t;
	if(name == nil)
		error("missing file name");
	return name;
}

# The text of a, i and c: after "a\" and a newline, or after "a" on the
# same line; a \ at the end of a line continues the text on the next;
# \c is c. Returns the text without its last newline.
text(): string
{
	skipblanks();
	if(peek() == '\\'){
		pos++;
		if(peek() == -1)
			nextsrc();
	}
	s := "";
	while(li < len srcs){
		c := peek();
		if(c == -1){
			nextsrc();
			break;
		}
		pos++;
		if(c == '\\'){
			c = peek();
			if(c == -1){
				s[len s] = '\n';
				nextsrc();
				continue;
			}
			pos++;
		}
		s[len s] = c;
	}
	return s;
}

# the Wfile for name, created the first time it is named
wfile(name: string): ref Wfile
{
	for(l := wfiles; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	f: ref Iobuf;
	if(name == "/dev/stdout")
		f = out;
	else{
		f = bufio->create(name, Bufio->OWRITE, 8r666);
		if(f == nil){
			out.flush();
			sys->fprint(stderr, "sed: cannot create %s: %r\n", name);
			raise "fail:error";
		}
	}
	w := ref Wfile(name, f);
	wfiles = w :: wfiles;
	return w;
}

#
# The machine
#

run()
{
	restart := 0;	# D: the next cycle begins with what is left
	while(!quitting){
		if(!restart){
			(line, ok) := getline();
			if(!ok)
				break;
			ps = line;
		}
		restart = 0;
		autoprint := !nflag;
	Script:
		for(pc := 0; pc < len cmds; pc++){
			cmd := cmds[pc];
			if(!selected(cmd)){
				if(cmd.c == '{')
					pc = cmd.jump;
				continue;
			}
			case cmd.c {
			'{' or '}' or ':' =>
				;
			'=' =>
				out.puts(string lnum + "\n");
			'a' =>
				appends = ('a', cmd.text) :: appends;
			'b' =>
				if(cmd.jump < 0)
					break Script;
				pc = cmd.jump;
			'c' =>
				# in a range, the text goes out once, at its end
				if(cmd.a2 == nil || !cmd.active || cmd.negate)
					out.puts(cmd.text + "\n");
				autoprint = 0;
				break Script;
			'd' =>
				autoprint = 0;
				break Script;
			'D' =>
				autoprint = 0;
				for(i := 0; i < len ps; i++)
					if(ps[i] == '\n')
						break;
				if(i < len ps){
					ps = ps[i+1:];
					restart = 1;
				}
				break Script;
			'g' =>
				ps = hs;
			'G' =>
				ps += "\n" + hs;
			'h' =>
				hs = ps;
			'H' =>
				hs += "\n" + ps;
			'i' =>
				out.puts(cmd.text + "\n");
			'l' =>
				listps(ps);
			'n' =>
				if(!havemore()){
					quitting = 1;
					break Script;
				}
				if(!nflag)
					out.puts(ps + "\n");
				flushappends();
				(ps, nil) = getline();
			'N' =>
				if(!havemore()){
					quitting = 1;
					break Script;
				}
				flushappends();
				(line, nil) := getline();
				ps += "\n" + line;
			'p' =>
				out.puts(ps + "\n");
			'P' =>
				out.puts(firstline(ps) + "\n");
			'q' =>
				quitting = 1;
				break Script;
			'r' =>
				appends = ('r', cmd.text) :: appends;
			's' =>
				if(subst(cmd)){
					tflag = 1;
					case cmd.print {
					'p' =>	out.puts(ps + "\n");
					'P' =>	out.puts(firstline(ps) + "\n");
					}
					if(cmd.wf != nil)
						cmd.wf.f.puts(ps + "\n");
				}
			't' =>
				if(tflag){
					tflag = 0;
					if(cmd.jump < 0)
						break Script;
					pc = cmd.jump;
				}
			'w' =>
				cmd.wf.f.puts(ps + "\n");
			'x' =>
				(ps, hs) = (hs, ps);
			'y' =>
				ps = ymap(cmd, ps);
			}
		}
		if(autoprint)
			out.puts(ps + "\n");
		flushappends();
	}
}

# whether the line in the pattern space is one the command applies to
selected(cmd: ref Cmd): int
{
	sel: int;
	if(cmd.a1 == nil)
		sel = 1;
	else if(cmd.a2 == nil)
		sel = matches(cmd.a1);
	else if(cmd.active){
		# the range goes on to and including the line matching a2
		if(cmd.a2.kind == Aline){
			if(lnum >= cmd.a2.line)
				cmd.active = 0;
		}else if(matches(cmd.a2))
			cmd.active = 0;
		sel = 1;
	}else if(matches(cmd.a1)){
		sel = 1;
		# a2 is looked at from the next line on, but a line number
		# already reached ends the range at once
		case cmd.a2.kind {
		Aline =>
			cmd.active = cmd.a2.line > lnum;
		Alast =>
			cmd.active = !matches(cmd.a2);
		Are =>
			cmd.active = 1;
		}
	}else
		sel = 0;
	return sel ^ cmd.negate;
}

matches(a: ref Addr): int
{
	case a.kind {
	Aline =>
		return lnum == a.line;
	Alast =>
		return !havemore();
	* =>
		return regex->execute(a.re, ps) != nil;
	}
}

# Make cmd's substitution in the pattern space; says whether one was
# made. With g, the matches after the first begin where the last one
# ended, and an empty match right where a match ended is skipped.
subst(cmd: ref Cmd): int
{
	r := "";
	p := 0;		# ps[p:] is not yet copied to r
	lastend := -1;
	did := 0;
	while(p <= len ps){
		m := regex->executese(cmd.re, ps, (p, len ps), p == 0, 1);
		if(m == nil)
			break;
		(s, e) := m[0];
		if(s == e && s == lastend){
			if(s >= len ps)
				break;
			r += ps[p:s+1];
			p = s+1;
			continue;
		}
		r += ps[p:s] + expand(cmd.repl, m);
		did = 1;
		lastend = e;
		p = e;
		if(!cmd.global)
			break;
		if(s == e){
			# an empty match: step over one character
			if(e >= len ps)
				break;
			r += ps[e:e+1];
			p = e+1;
		}
	}
	if(!did)
		return 0;
	ps = r + ps[p:];
	return 1;
}

# the replacement text for match m: & the match, \0-\9 its parts,
# \n a newline, \c c
expand(repl: string, m: array of (int, int)): string
{
	r := "";
	for(i := 0; i < len repl; i++){
		c := repl[i];
		if(c == '&'){
			(s, e) := m[0];
			r += ps[s:e];
		}else if(c == '\\' && i+1 < len repl){
			c = repl[++i];
			if(c >= '0' && c <= '9'){
				n := c - '0';
				if(n < len m){
					(s, e) := m[n];
					if(s >= 0)
						r += ps[s:e];
				}
			}else if(c == 'n')
				r[len r] = '\n';
			else
				r[len r] = c;
		}else
			r[len r] = c;
	}
	return r;
}

ymap(cmd: ref Cmd, s: string): string
{
	for(i := 0; i < len s; i++){
		for(j := 0; j < len cmd.from; j++){
			if(s[i] == cmd.from[j]){
				s[i] = cmd.into[j];
				break;
			}
		}
	}
	return s;
}

firstline(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] == '\n')
			return s[0:i];
	return s;
}

Lwidth: con 72;		# l: columns of a listed line, the \ of a fold included

# l: the pattern space, with characters that do not print spelled out
# and long lines folded
listps(s: string)
{
	col := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		t: string;
		case c {
		'\t' =>	t = "\\t";
		'\n' =>	t = "\\n";
		'\r' =>	t = "\\r";
		'\b' =>	t = "\\b";
		* =>
			if(c < 16r20 || c >= 16r7f && c < 16ra0)
				t = sys->sprint("\\u%.4ux", c);
			else
				t[0] = c;
		}
		if(col + len t > Lwidth - 1){
			out.puts("\\\n");
			col = 0;
		}
		out.puts(t);
		col += len t;
	}
	out.puts("\n");
}

flushappends()
{
	for(l := rev2(appends); l != nil; l = tl l){
		(kind, s) := hd l;
		if(kind == 'a'){
			out.puts(s + "\n");
			continue;
		}
		# r: a file that cannot be read is left out silently
		f := bufio->open(s, Bufio->OREAD);
		if(f == nil)
			continue;
		buf := array[Sys->ATOMICIO] of byte;
		while((n := f.read(buf, len buf)) > 0)
			out.write(buf, n);
	}
	appends = nil;
}

#
# The input
#

# the next input line, without its newline; (nil, 0) at the end
getline(): (string, int)
{
	if(!havemore())
		return (nil, 0);
	havenext = 0;
	lnum++;
	tflag = 0;
	return (nextline, 1);
}

# whether there is another input line; reads it ahead
havemore(): int
{
	while(!havenext){
		if(infile == nil){
			if(infiles == nil)
				return 0;
			name := hd infiles;
			infiles = tl infiles;
			if(name == "-")
				infile = bufio->fopen(sys->fildes(0), Bufio->OREAD);
			else
				infile = bufio->open(name, Bufio->OREAD);
			if(infile == nil){
				out.flush();
				sys->fprint(stderr, "sed: cannot open %s: %r\n", name);
				status = "open";
				continue;
			}
		}
		s := infile.gets('\n');
		if(s == nil){
			infile = nil;
			continue;
		}
		if(s[len s - 1] == '\n')
			s = s[0:len s - 1];
		nextline = s;
		havenext = 1;
	}
	return 1;
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

rev2(l: list of (int, string)): list of (int, string)
{
	r: list of (int, string);
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

cantload(path: string)
{
	sys->fprint(stderr, "sed: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
