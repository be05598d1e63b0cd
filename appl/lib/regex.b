implement Regex;

# Regular expressions in Plan 9's syntax (see module/regex.m).
#
# compile parses the expression into a tree, then turns the tree into
# the states of a nondeterministic automaton, kept in the Arena that
# is the compiled Re. execute simulates the automaton over the subject
# once, all threads in step (Pike's method), which finds the leftmost
# longest match in time proportional to the subject's length times the
# expression's.
#
# The states are Rex values: kind is a character to match, or DOT, SET
# (a class), HAT or DOL (assertions), ALT (try left, then right), NUL
# (go on to right), LPN or RPN (record where group pno starts or ends).
# After matching or passing a state the automaton goes on to its right;
# the state -1 is the accepting one. Characters from 16r10000 up are
# written as one-character SETs so as not to be taken for the kinds.

include "sys.m";
	sys: Sys;
include "regex.m";

# the parse tree
Node: adt {
	kind:	int;		# a character, or ALT CAT DOT SET HAT DOL NUL CLO PCLO OPT LPN
	l:	ref Node;	# operand; for LPN the group's body
	r:	ref Node;	# the second operand of ALT and CAT
	set:	ref Set;
	pno:	int;		# LPN's group number
};

# the parser's state
Parse: adt {
	s:	string;
	i:	int;		# next character of s
	pno:	int;		# groups so far
	err:	string;
};

Accept: con -1;

compile(e: string, wantsub: int): (Re, string)
{
	p := ref Parse(e, 0, 0, nil);
	t := alts(p);
	if(p.err == nil && p.i < len e)
		p.err = "unmatched )";	# the only character alt stops at
	if(p.err != nil)
		return (nil, p.err);
	# without wantsub the groups are still counted, so that execute's
	# result always has a place for each, but nothing records them
	a := ref Arena(array[16] of Rex, 0, Accept, p.pno);
	a.start = gen(a, t, Accept, wantsub);
	a.rex = a.rex[0:a.ptr];
	return (a, nil);
}

# alternatives: cat | cat | ...
alts(p: ref Parse): ref Node
{
	t := cat(p);
	while(p.err == nil && p.i < len p.s && p.s[p.i] == '|'){
		p.i++;
		t = ref Node(ALT, t, cat(p), nil, 0);
	}
	return t;
}

# a sequence, possibly empty, up to | or ) or the end
cat(p: ref Parse): ref Node
{
	t: ref Node;
	while(p.err == nil && p.i < len p.s && p.s[p.i] != '|' && p.s[p.i] != ')'){
		u := closure(p);
		if(t == nil)
			t = u;
		else
			t = ref Node(CAT, t, u, nil, 0);
	}
	if(t == nil)
		t = ref Node(NUL, nil, nil, nil, 0);
	return t;
}

# an atom followed by any number of * + ?
closure(p: ref Parse): ref Node
{
	t := atom(p);
	while(p.err == nil && p.i < len p.s){
		k: int;
		case p.s[p.i] {
		'*' =>	k = CLO;
		'+' =>	k = PCLO;
		'?' =>	k = OPT;
		* =>	return t;
		}
		p.i++;
		t = ref Node(k, t, nil, nil, 0);
	}
	return t;
}

atom(p: ref Parse): ref Node
{
	c := p.s[p.i++];
	case c {
	'*' or '+' or '?' =>
		if(sys == nil)
			sys = load Sys Sys->PATH;
		p.err = sys->sprint("missing operand for %c", c);
		return nil;
	'.' =>
		return ref Node(DOT, nil, nil, nil, 0);
	'^' =>
		return ref Node(HAT, nil, nil, nil, 0);
	'$' =>
		return ref Node(DOL, nil, nil, nil, 0);
	'[' =>
		return class(p);
	'(' =>
		n := ++p.pno;
		t := alts(p);
		if(p.err != nil)
			return nil;
		if(p.i >= len p.s){
			p.err = "unmatched (";
			return nil;
		}
		p.i++;	# the )
		return ref Node(LPN, t, nil, nil, n);
	'\\' =>
		if(p.i >= len p.s){
			p.err = "trailing \\";
			return nil;
		}
		c = escape(p.s[p.i++]);
	}
	return charnode(c);
}

# a character after \: \n and \t are newline and tab, the rest itself
escape(c: int): int
{
	case c {
	'n' =>	return '\n';
	't' =>	return '\t';
	}
	return c;
}

charnode(c: int): ref Node
{
	if(c >= ALT){
		s := ref Set(0, array[4] of {* => 0}, (c, c) :: nil);
		return ref Node(SET, nil, nil, s, 0);
	}
	return ref Node(c, nil, nil, nil, 0);
}

# [set] or [^set], just after the [: characters, ranges a-z, \c for c;
# a ] first or a - first or last is itself
class(p: ref Parse): ref Node
{
	s := ref Set(0, array[4] of {* => 0}, nil);
	if(p.i < len p.s && p.s[p.i] == '^'){
		s.neg = 1;
		p.i++;
	}
	first := 1;
	for(;;){
		if(p.i >= len p.s){
			p.err = "unmatched [";
			return nil;
		}
		c := p.s[p.i++];
		if(c == ']' && !first)
			break;
		first = 0;
		if(c == '\\' && p.i < len p.s)
			c = escape(p.s[p.i++]);
		hi := c;
		if(p.i+1 < len p.s && p.s[p.i] == '-' && p.s[p.i+1] != ']'){
			p.i++;
			hi = p.s[p.i++];
			if(hi == '\\' && p.i < len p.s)
				hi = escape(p.s[p.i++]);
			if(hi < c){
				p.err = "bad range in class";
				return nil;
			}
		}
		addrange(s, c, hi);
	}
	return ref Node(SET, nil, nil, s, 0);
}

addrange(s: ref Set, lo, hi: int)
{
	for(; lo <= hi && lo < 128; lo++)
		s.ascii[lo>>5] |= 1 << (lo & 31);
	if(lo <= hi)
		s.unicode = (lo, hi) :: s.unicode;
}

# a new state
state(a: ref Arena, kind: int, left, right: int, set: ref Set, pno: int): int
{
	if(a.ptr >= len a.rex){
		r := array[2 * len a.rex] of Rex;
		r[0:] = a.rex;
		a.rex = r;
	}
	a.rex[a.ptr] = Rex(kind, left, right, set, pno);
	return a.ptr++;
}

# the states for t, going on to next; their first state
gen(a: ref Arena, t: ref Node, next: int, wantsub: int): int
{
	case t.kind {
	CAT =>
		return gen(a, t.l, gen(a, t.r, next, wantsub), wantsub);
	ALT =>
		l := gen(a, t.l, next, wantsub);
		r := gen(a, t.r, next, wantsub);
		return state(a, ALT, l, r, nil, 0);
	CLO =>
		# a loop: try the body, then leave
		s := state(a, ALT, 0, next, nil, 0);
		a.rex[s].left = gen(a, t.l, s, wantsub);
		return s;
	PCLO =>
		s := state(a, ALT, 0, next, nil, 0);
		b := gen(a, t.l, s, wantsub);
		a.rex[s].left = b;
		return b;
	OPT =>
		return state(a, ALT, gen(a, t.l, next, wantsub), next, nil, 0);
	NUL =>
		return state(a, NUL, 0, next, nil, 0);
	LPN =>
		if(!wantsub)
			return gen(a, t.l, next, wantsub);
		e := state(a, RPN, 0, next, nil, t.pno);
		b := gen(a, t.l, e, wantsub);
		return state(a, LPN, 0, b, nil, t.pno);
	}
	# DOT, SET, HAT, DOL and characters
	return state(a, t.kind, 0, next, t.set, 0);
}

execute(x: Re, s: string): array of (int, int)
{
	return executese(x, s, (0, len s), 1, 1);
}

# the threads of one step of the simulation
Threads: adt {
	pc:	array of int;		# the state each waits in
	sub:	array of array of int;	# start, end of the match and of each group
	n:	int;
};

# the simulation's state
Run: adt {
	x:	Re;
	s:	string;
	t0, t1:	int;		# the subject is s[t0:t1]
	bol, eol:	int;
	mark:	array of int;	# mark[pc] == pos+1: state pc already added at pos
	best:	array of int;	# the best match so far, nil if none
};

executese(x: Re, s: string, se: (int, int), bol: int, eol: int): array of (int, int)
{
	if(x == nil)
		return nil;
	(t0, t1) := se;
	if(t0 < 0)
		t0 = 0;
	if(t1 > len s)
		t1 = len s;
	if(t0 > t1)
		return nil;
	n := len x.rex;
	r := ref Run(x, s, t0, t1, bol, eol, array[n] of {* => 0}, nil);
	clist := ref Threads(array[n] of int, array[n] of array of int, 0);
	nlist := ref Threads(array[n] of int, array[n] of array of int, 0);
	# the groups' positions are recorded only if there are LPN states
	nsub := 2;
	for(k := 0; k < n; k++)
		if(x.rex[k].kind == LPN){
			nsub = 2 * (x.pno + 1);
			break;
		}
	first := firstchars(x);
	for(i := t0; ; i++){
		if(r.best == nil){
			if(clist.n == 0 && first != nil){
				# no thread alive: skip to a character that can start a match
				while(i < t1 && !among(s[i], first))
					i++;
				if(i >= t1)
					break;
			}
			# a thread starting here, after those started before it
			sub := array[nsub] of {* => -1};
			sub[0] = i;
			add(r, clist, x.start, sub, i);
		}
		if(clist.n == 0){
			if(r.best != nil || i >= t1)
				break;
			continue;
		}
		if(i >= t1)
			break;
		c := s[i];
		for(j := 0; j < clist.n; j++){
			sub := clist.sub[j];
			if(r.best != nil && sub[0] > r.best[0])
				break;	# started after the match found: not leftmost
			pc := clist.pc[j];
			if(step(x.rex[pc], c))
				add(r, nlist, x.rex[pc].right, sub, i+1);
		}
		(clist, nlist) = (nlist, clist);
		nlist.n = 0;
	}
	if(r.best == nil)
		return nil;
	m := array[x.pno + 1] of (int, int);
	for(k = 0; k <= x.pno; k++){
		(b, e) := (-1, -1);
		if(2*k < len r.best)
			(b, e) = (r.best[2*k], r.best[2*k+1]);
		if(b < 0 || e < 0)
			(b, e) = (-1, -1);
		m[k] = (b, e);
	}
	return m;
}

# the characters a match must start with, if they are few and a match
# cannot be empty or start with an assertion; else nil
firstchars(x: Re): array of int
{
	seen := array[len x.rex] of {* => 0};
	(ok, l) := first1(x, x.start, seen, nil);
	if(!ok || len l > 8)
		return nil;
	a := array[len l] of int;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	return a;
}

first1(x: Re, pc: int, seen: array of int, l: list of int): (int, list of int)
{
	if(pc == Accept)
		return (0, nil);
	if(seen[pc])
		return (1, l);
	seen[pc] = 1;
	st := x.rex[pc];
	case st.kind {
	ALT =>
		ok: int;
		(ok, l) = first1(x, st.left, seen, l);
		if(!ok)
			return (0, nil);
		return first1(x, st.right, seen, l);
	NUL or LPN or RPN =>
		return first1(x, st.right, seen, l);
	DOT or SET or HAT or DOL =>
		return (0, nil);
	}
	return (1, st.kind :: l);
}

among(c: int, a: array of int): int
{
	for(i := 0; i < len a; i++)
		if(a[i] == c)
			return 1;
	return 0;
}

# does state st take the character c?
step(st: Rex, c: int): int
{
	case st.kind {
	DOT =>
		return c != '\n';
	SET =>
		return inset(st.set, c);
	ALT or NUL or LPN or RPN or HAT or DOL =>
		return 0;
	}
	return st.kind == c;
}

inset(s: ref Set, c: int): int
{
	in := 0;
	if(c < 128)
		in = (s.ascii[c>>5] >> (c & 31)) & 1;
	else{
		for(l := s.unicode; l != nil; l = tl l){
			(lo, hi) := hd l;
			if(c >= lo && c <= hi){
				in = 1;
				break;
			}
		}
	}
	if(s.neg)
		return !in && c != '\n';
	return in;
}

# add state pc, with the submatches sub, to the threads of position
# pos, following the states that take no character
add(r: ref Run, l: ref Threads, pc: int, sub: array of int, pos: int)
{
	if(pc == Accept){
		b := r.best;
		if(b == nil || sub[0] < b[0] || sub[0] == b[0] && pos > b[1]){
			b = array[len sub] of int;
			b[0:] = sub;
			b[1] = pos;
			r.best = b;
		}
		return;
	}
	if(r.mark[pc] == pos+1)
		return;
	r.mark[pc] = pos+1;
	st := r.x.rex[pc];
	case st.kind {
	ALT =>
		add(r, l, st.left, sub, pos);
		add(r, l, st.right, sub, pos);
	NUL =>
		add(r, l, st.right, sub, pos);
	LPN or RPN =>
		ns := array[len sub] of int;
		ns[0:] = sub;
		k := 2*st.pno;
		if(st.kind == RPN)
			k++;
		ns[k] = pos;
		add(r, l, st.right, ns, pos);
	HAT =>
		if(pos == r.t0 && r.bol || pos > r.t0 && r.s[pos-1] == '\n')
			add(r, l, st.right, sub, pos);
	DOL =>
		if(pos == r.t1 && r.eol || pos < r.t1 && r.s[pos] == '\n')
			add(r, l, st.right, sub, pos);
	* =>
		l.pc[l.n] = pc;
		l.sub[l.n] = sub;
		l.n++;
	}
}
