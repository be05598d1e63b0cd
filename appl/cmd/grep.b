implement Grep;

# grep [-lnviLs] pattern [file ...]: print the lines of the files
# (standard input if none) that contain a match of the regular
# expression pattern (Plan 9 syntax, see regex(2)).

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";
include "regex.m";
	regex: Regex;

Grep: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

lflag, nflag, vflag, iflag, Lflag, sflag: int;
re: Regex->Re;
out: ref Iobuf;
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
	regex = load Regex Regex->PATH;
	if(regex == nil)
		cantload(Regex->PATH);
	arg->init(argv);
	arg->setusage("grep [-lnviLs] pattern [file...]");
	while((c := arg->opt()) != 0){
		case c {
		'l' =>	lflag = 1;
		'n' =>	nflag = 1;
		'v' =>	vflag = 1;
		'i' =>	iflag = 1;
		'L' =>	Lflag = 1;
		's' =>	sflag = 1;
		* =>	arg->usage();
		}
	}
	argv = arg->argv();
	if(argv == nil)
		arg->usage();
	pattern := hd argv;
	argv = tl argv;
	if(iflag)
		pattern = lower(pattern);
	diag: string;
	(re, diag) = regex->compile(pattern, 0);
	if(re == nil){
		sys->fprint(stderr, "grep: %s\n", diag);
		raise "fail:bad regex";
	}

	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	matched := 0;
	if(argv == nil)
		matched = grep(bufio->fopen(sys->fildes(0), Bufio->OREAD), "stdin", 0);
	else{
		several := len argv > 1;
		for(; argv != nil; argv = tl argv){
			f := bufio->open(hd argv, Bufio->OREAD);
			if(f == nil){
				out.flush();
				sys->fprint(stderr, "grep: cannot open %s: %r\n", hd argv);
				continue;
			}
			matched |= grep(f, hd argv, several);
		}
	}
	out.flush();
	if(!matched)
		raise "fail:no matches";
}

# search one file; says whether any line was selected
grep(f: ref Iobuf, name: string, several: int): int
{
	n := 0;
	found := 0;
	while((line := f.gets('\n')) != nil){
		n++;
		if(!selected(line))
			continue;
		found = 1;
		if(sflag)
			return 1;	# the status is all that is wanted
		if(lflag || Lflag)
			break;
		if(several){
			if(nflag)
				out.puts(sys->sprint("%s:%d: %s", name, n, line));
			else
				out.puts(name + ": " + line);
		}else if(nflag)
			out.puts(sys->sprint("%d:%s", n, line));
		else
			out.puts(line);
	}
	if(!sflag && (lflag && found || Lflag && !found))
		out.puts(name + "\n");
	return found;
}

selected(line: string): int
{
	if(line[len line - 1] == '\n')
		line = line[0:len line - 1];
	if(iflag)
		line = lower(line);
	return (regex->execute(re, line) != nil) ^ vflag;
}

# ASCII letters folded to lower case
lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] = s[i] + 'a' - 'A';
	return s;
}

cantload(path: string)
{
	sys->fprint(stderr, "grep: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
