implement Ns;

# ns [-r] [pid]: print the name space of a process (by default ns's
# own) as the bind, mount and cd commands that would rebuild it.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "string.m";
	str: String;

Ns: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

rflag := 0;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg := load Arg Arg->PATH;
	if(arg == nil){
		sys->fprint(sys->fildes(2), "ns: cannot load %s: %r\n", Arg->PATH);
		raise "fail:bad module";
	}
	str = load String String->PATH;
	if(str == nil){
		sys->fprint(sys->fildes(2), "ns: cannot load %s: %r\n", String->PATH);
		raise "fail:bad module";
	}
	arg->init(argv);
	arg->setusage("ns [-r] [pid]");
	while((c := arg->opt()) != 0){
		case c {
		'r' =>
			rflag = 1;
		* =>
			arg->usage();
		}
	}
	argv = arg->argv();
	pid: string;
	case len argv {
	0 =>
		pid = string sys->pctl(0, nil);
	1 =>
		pid = hd argv;
	* =>
		arg->usage();
	}
	file := "/prog/" + pid + "/ns";
	fd := sys->open(file, Sys->OREAD);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "ns: can't open %s: %r\n", file);
		raise "fail:open";
	}
	# the kernel gives one command per read
	buf := array[2*Sys->ATOMICIO] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0){
		line := string buf[0:n];
		if(line != nil && line[len line - 1] == '\n')
			line = line[0:len line - 1];
		words := str->unquoted(line);
		if(words != nil)
			sys->print("%s\n", command(words));
	}
}

# one command of the kernel's listing, as ns prints it: the kernel
# writes "bind [-FLAGS] FROM TO", "mount [-FLAGS] SERVER TO [SPEC]" or
# "cd DIR", each name quoted as tokenize would take it back
command(words: list of string): string
{
	verb := hd words;
	words = tl words;
	if(verb == "cd")
		return "cd " + quote(joinall(words));
	flags := "";
	if(words != nil && hd words != nil && (hd words)[0] == '-'){
		flags = hd words + " ";
		words = tl words;
	}
	if(len words < 2)
		return verb + " " + flags + quote(joinall(words));
	from := hd words;
	on := hd tl words;
	if(verb == "mount"){
		# a mount's attach name, after the mount point, is not shown
		if(!rflag)
			from = netaddr(from);
	}else
		from = shorten(from);
	return verb + " " + flags + quote(from) + " " + quote(on);
}

joinall(l: list of string): string
{
	s := "";
	for(; l != nil; l = tl l){
		s += hd l;
		if(tl l != nil)
			s += " ";
	}
	return s;
}

# #/ and #U add nothing to a name that goes on after them
shorten(s: string): string
{
	if(len s > 2 && s[0] == '#' && (s[1] == '/' || s[1] == 'U'))
		return s[2:];
	return s;
}

# a network connection's data file (/net/tcp/4/data) as PROTO!REMOTE
netaddr(s: string): string
{
	(n, els) := sys->tokenize(s, "/");
	if(n != 4 || s[0] != '/' || len hd els < 3 || (hd els)[0:3] != "net")
		return s;
	proto := hd tl els;
	conv := hd tl tl els;
	if(hd tl tl tl els != "data")
		return s;
	fd := sys->open("/" + hd els + "/" + proto + "/" + conv + "/remote", Sys->OREAD);
	if(fd == nil)
		return s;
	buf := array[256] of byte;
	r := sys->read(fd, buf, len buf);
	if(r <= 0)
		return s;
	(nil, rl) := sys->tokenize(string buf[0:r], " \t\n");
	if(rl == nil)
		return s;
	return proto + "!" + hd rl;
}

# s in single quotes (quotes doubled) if it holds a character the
# shell would take specially
quote(s: string): string
{
	for(i := 0; i < len s; i++){
		case s[i] {
		' ' or '\t' or '\'' or '\\' or '$' or '#' =>
			return "'" + double(s) + "'";
		}
	}
	return s;
}

double(s: string): string
{
	t := "";
	for(i := 0; i < len s; i++){
		if(s[i] == '\'')
			t += "'";
		t[len t] = s[i];
	}
	return t;
}
