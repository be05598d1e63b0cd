implement Fmt;

# fmt [-j] [-i indent] [-l length] [file ...]: refill paragraphs to lines
# of at most length columns. A paragraph is a run of non-blank lines
# with the same leading white space, which its output lines keep; blank
# lines are copied. -j breaks each long line on its own, never joining.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";

Fmt: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

indent := 0;
length := 70;
join := 1;

out: ref Iobuf;
stderr: ref Sys->FD;

# the paragraph being filled
pwords: list of string;	# its words, last first
plead: string;		# the leading white space of its lines
inpara := 0;

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
	arg->setusage("fmt [-j] [-i indent] [-l length] [file...]");
	while((c := arg->opt()) != 0){
		case c {
		'i' =>	indent = number(arg->earg(), arg);
		'l' or 'w' =>	length = number(arg->earg(), arg);
		'j' =>	join = 0;
		* =>	arg->usage();
		}
	}
	argv = arg->argv();
	if(length <= indent){
		sys->fprint(stderr, "fmt: line length<=indentation\n");
		raise "fail:length";
	}
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	if(argv == nil)
		fmt(bufio->fopen(sys->fildes(0), Bufio->OREAD));
	err := 0;
	nfile := 0;
	for(; argv != nil; argv = tl argv){
		in := bufio->open(hd argv, Bufio->OREAD);
		if(in == nil){
			sys->fprint(stderr, "fmt: can't open %s: %r\n", hd argv);
			err = 1;
			continue;
		}
		if(nfile++ > 0)
			out.puts("\n");
		fmt(in);
		in.close();
	}
	out.flush();
	if(err)
		raise "fail:open";
}

nomod(path: string)
{
	sys->fprint(stderr, "fmt: cannot load %s: %r\n", path);
	raise "fail:bad module";
}

number(s: string, arg: Arg): int
{
	if(s == nil)
		arg->usage();
	n := 0;
	for(i := 0; i < len s; i++){
		if(s[i] < '0' || s[i] > '9')
			arg->usage();
		n = n*10 + s[i] - '0';
	}
	return n;
}

fmt(in: ref Iobuf)
{
	while((l := in.gets('\n')) != nil){
		if(l[len l - 1] == '\n')
			l = l[0:len l - 1];
		i := 0;
		while(i < len l && (l[i] == ' ' || l[i] == '\t'))
			i++;
		if(i == len l){
			flush();
			out.puts("\n");
			continue;
		}
		lead := l[0:i];
		if(!join || inpara && lead != plead)
			flush();
		plead = lead;
		inpara = 1;
		for(w := words(l[i:]); w != nil; w = tl w)
			pwords = hd w :: pwords;
	}
	flush();
}

# words: the blank-separated words of s, in order
words(s: string): list of string
{
	r: list of string;
	for(i := len s; i > 0; ){
		while(i > 0 && (s[i-1] == ' ' || s[i-1] == '\t'))
			i--;
		e := i;
		while(i > 0 && s[i-1] != ' ' && s[i-1] != '\t')
			i--;
		if(e > i)
			r = s[i:e] :: r;
	}
	return r;
}

# flush prints the paragraph, each line as full as length allows; a
# word too long for any line has one to itself.
flush()
{
	if(!inpara)
		return;
	inpara = 0;
	w: list of string;
	for(; pwords != nil; pwords = tl pwords)
		w = hd pwords :: w;
	prefix := "";
	for(i := 0; i < indent; i++)
		prefix[i] = ' ';
	prefix += plead;
	pcol := columns(prefix);
	line := "";
	col := pcol;
	for(; w != nil; w = tl w){
		word := hd w;
		if(line != nil && col + 1 + len word > length){
			out.puts(prefix+line+"\n");
			line = nil;
			col = pcol;
		}
		if(line != nil){
			line += " ";
			col++;
		}
		line += word;
		col += len word;
	}
	if(line != nil)
		out.puts(prefix+line+"\n");
}

# columns: the width of blanks and tabs from column 0, tab stops every 8
columns(s: string): int
{
	col := 0;
	for(i := 0; i < len s; i++){
		if(s[i] == '\t')
			col = (col + 8) & ~7;
		else
			col++;
	}
	return col;
}
