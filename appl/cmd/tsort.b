implement Tsort;

# tsort: topological sort of the names on standard input. On each line
# the first name must come before every other name of the line. Names
# are printed depth-first: a name as soon as all that must precede it
# are out, then at once those it released, in the order they were
# first met. Members of a cycle are reported and the cycle broken.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Tsort: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	name:	string;
	succ:	list of int;	# names that must follow, latest first
	npred:	int;		# predecessors not yet printed
	done:	int;		# printed
};

Nhash: con 1024;

nodes := array[64] of ref Node;
nnodes := 0;
hash := array[Nhash] of list of int;
out: ref Iobuf;
stderr: ref Sys->FD;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->fprint(stderr, "tsort: cannot load %s: %r\n", Bufio->PATH);
		raise "fail:bad module";
	}
	in := bufio->fopen(sys->fildes(0), Bufio->OREAD);
	while((s := in.gets('\n')) != nil){
		(nil, names) := sys->tokenize(s, " \t\r\n");
		if(names == nil)
			continue;
		first := lookup(hd names);
		for(names = tl names; names != nil; names = tl names)
			edge(first, lookup(hd names));
	}
	# successor lists in input order
	for(i := 0; i < nnodes; i++)
		nodes[i].succ = reverse(nodes[i].succ);

	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	for(;;){
		for(i = 0; i < nnodes; i++)
			if(!nodes[i].done && nodes[i].npred == 0)
				emit(i);
		n := firstleft();
		if(n < 0)
			break;
		breakcycle(n);
	}
	out.flush();
}

# print node n, then whatever that frees, depth first
emit(n: int)
{
	nd := nodes[n];
	nd.done = 1;
	out.puts(nd.name + "\n");
	for(s := nd.succ; s != nil; s = tl s){
		m := nodes[hd s];
		m.npred--;
		if(m.npred == 0 && !m.done)
			emit(hd s);
	}
}

firstleft(): int
{
	for(i := 0; i < nnodes; i++)
		if(!nodes[i].done)
			return i;
	return -1;
}

# Every node left waits for another node left: walk back from n along
# such predecessors until a node repeats, report that cycle, and print
# its earliest member to break it.
breakcycle(n: int)
{
	seen := array[nnodes] of {* => -1};	# step at which the walk met each node
	path := array[nnodes+1] of int;
	step := 0;
	while(seen[n] < 0){
		seen[n] = step;
		path[step++] = n;
		n = waitingfor(n);
	}
	cycle := path[seen[n]:step];
	out.flush();
	sys->fprint(stderr, "tsort: cycle in input\n");
	# the walk went backwards: report the members in the order they
	# must follow each other
	first := 0;
	for(i := 0; i < len cycle; i++)
		if(cycle[i] < cycle[first])
			first = i;
	for(i = 0; i < len cycle; i++){
		k := (first - i + len cycle) % len cycle;
		sys->fprint(stderr, "tsort: %s\n", nodes[cycle[k]].name);
	}
	nodes[cycle[first]].npred = 0;
}

# a predecessor of n not yet printed
waitingfor(n: int): int
{
	for(i := 0; i < nnodes; i++){
		if(nodes[i].done)
			continue;
		for(s := nodes[i].succ; s != nil; s = tl s)
			if(hd s == n)
				return i;
	}
	return -1;	# cannot happen: n has npred > 0
}

# the name's node, made if new
lookup(name: string): int
{
	h := 0;
	for(i := 0; i < len name; i++)
		h = (h*31 + name[i]) & 16r7fffffff;
	h %= Nhash;
	for(l := hash[h]; l != nil; l = tl l)
		if(nodes[hd l].name == name)
			return hd l;
	if(nnodes == len nodes){
		a := array[2*len nodes] of ref Node;
		a[0:] = nodes;
		nodes = a;
	}
	nodes[nnodes] = ref Node(name, nil, 0, 0);
	hash[h] = nnodes :: hash[h];
	return nnodes++;
}

# a must come before b; a name need not precede itself, and an
# ordering given twice counts once
edge(a, b: int)
{
	if(a == b)
		return;
	for(s := nodes[a].succ; s != nil; s = tl s)
		if(hd s == b)
			return;
	nodes[a].succ = b :: nodes[a].succ;
	nodes[b].npred++;
}

reverse(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}
