implement Comm;

# comm [-123] file1 file2: the lines only in sorted file1 (column 1),
# only in sorted file2 (column 2, after a tab) and in both (column 3,
# after two tabs); -N leaves column N out. "-" is standard input.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";

Comm: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
out: ref Iobuf;
show := array[4] of {* => 1};	# show[N]: column N is printed
prefix := array[4] of string;	# the tabs before column N

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
	arg->setusage("comm [-123] file1 file2");
	while((c := arg->opt()) != 0){
		case c {
		'1' or '2' or '3' =>
			show[c - '0'] = 0;
		* =>
			arg->usage();
		}
	}
	argv = arg->argv();
	if(len argv != 2)
		arg->usage();
	# each shown column is one tab further right than the last shown
	tabs := "";
	for(i := 1; i <= 3; i++){
		prefix[i] = tabs;
		if(show[i])
			tabs += "\t";
	}
	f1 := openfile(hd argv);
	f2 := openfile(hd tl argv);

	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	l1 := f1.gets('\n');
	l2 := f2.gets('\n');
	while(l1 != nil && l2 != nil){
		t1 := text(l1);
		t2 := text(l2);
		if(t1 < t2){
			put(1, l1);
			l1 = f1.gets('\n');
		}else if(t2 < t1){
			put(2, l2);
			l2 = f2.gets('\n');
		}else{
			put(3, l1);
			l1 = f1.gets('\n');
			l2 = f2.gets('\n');
		}
	}
	for(; l1 != nil; l1 = f1.gets('\n'))
		put(1, l1);
	for(; l2 != nil; l2 = f2.gets('\n'))
		put(2, l2);
	out.flush();
}

put(col: int, l: string)
{
	if(show[col])
		out.puts(prefix[col] + l);
}

# a line without its newline, for comparing
text(s: string): string
{
	if(s[len s - 1] == '\n')
		return s[0:len s - 1];
	return s;
}

openfile(name: string): ref Iobuf
{
	f: ref Iobuf;
	if(name == "-")
		f = bufio->fopen(sys->fildes(0), Bufio->OREAD);
	else
		f = bufio->open(name, Bufio->OREAD);
	if(f == nil){
		sys->fprint(stderr, "comm: cannot open %s: %r\n", name);
		raise "fail:open";
	}
	return f;
}

cantload(path: string)
{
	sys->fprint(stderr, "comm: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
