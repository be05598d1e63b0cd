implement Cmp;

# cmp [-lsL] file1 file2 [offset1 [offset2]]: compare two files byte
# by byte. Its reports (differ, EOF, read error) go to standard output.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "arg.m";

Cmp: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stdout: ref Iobuf;
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

	lflag := sflag := Lflag := 0;
	arg->init(argv);
	while((c := arg->opt()) != 0){
		case c {
		'l' =>	lflag = 1;
		's' =>	sflag = 1;
		'L' =>	Lflag = 1;
		* =>	usage();
		}
	}
	argv = arg->argv();
	if(len argv < 2 || len argv > 4)
		usage();
	name1 := hd argv;
	name2 := hd tl argv;
	argv = tl tl argv;
	off1 := off2 := big 0;
	if(argv != nil){
		# Limbo's conversion: decimal digits only ("0x10" is 0)
		off1 = big hd argv;
		if(tl argv != nil)
			off2 = big hd tl argv;
	}

	f1 := openfile(name1);
	f2 := openfile(name2);
	if(off1 != big 0 && f1.seek(off1, Bufio->SEEKSTART) < big 0){
		sys->fprint(stderr, "cmp: seek by offset1 failed: %r\n");
		raise "fail:seek 1";
	}
	if(off2 != big 0 && f2.seek(off2, Bufio->SEEKSTART) < big 0){
		# as on Inferno, this message has no newline
		sys->fprint(stderr, "cmp: seek by offset2 failed: %r");
		raise "fail:seek 2";
	}

	stdout = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	nc := big 0;	# bytes compared so far
	line := big 1;	# line of file1 the next byte is on
	differ := 0;
	for(;;){
		b1 := f1.getb();
		b2 := f2.getb();
		if(b1 == Bufio->ERROR || b2 == Bufio->ERROR){
			if(!sflag){
				name := name1;
				if(b1 != Bufio->ERROR)
					name = name2;
				stdout.puts(sys->sprint("error on %s after %bd bytes\n", name, nc));
			}
			stdout.flush();
			raise "fail:read error";
		}
		if(b1 == Bufio->EOF || b2 == Bufio->EOF){
			if(b1 == b2)
				break;
			# one is a prefix of the other: named, with the bytes
			# compared (its length, counted from its offset)
			name := name1;
			if(b1 != Bufio->EOF)
				name = name2;
			stdout.puts(sys->sprint("EOF on %s after %bd bytes\n", name, nc));
			stdout.flush();
			raise "fail:EOF";
		}
		nc++;
		if(b1 != b2){
			differ = 1;
			if(!lflag){
				if(!sflag){
					s := sys->sprint("%s %s differ: char %bd", name1, name2, nc);
					if(Lflag)
						s += sys->sprint(" line %bd", line);
					stdout.puts(s + "\n");
				}
				break;
			}
			# -s silences only the differ line: -ls still lists
			stdout.puts(sys->sprint("%6bd 0x%.2x 0x%.2x\n", nc, b1, b2));
		}
		if(b1 == '\n')
			line++;
	}
	stdout.flush();
	if(differ)
		raise "fail:differ";
}

openfile(name: string): ref Iobuf
{
	f := bufio->open(name, Bufio->OREAD);
	if(f == nil){
		sys->fprint(stderr, "cmp: can't open %s: %r\n", name);
		raise "fail:open";
	}
	return f;
}

usage()
{
	sys->fprint(stderr, "Usage: cmp [-lsL] file1 file2 [offset1 [offset2] ]\n");
	raise "fail:usage";
}

cantload(path: string)
{
	sys->fprint(stderr, "cmp: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
