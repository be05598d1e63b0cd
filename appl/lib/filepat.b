implement Filepat;

# File name patterns (see module/filepat.m): * matches any string, ?
# any one character, [set] one character of the set (ranges a-z; ^
# first complements; a ] first is itself), \c the character c itself;
# anything else itself.

include "sys.m";
	sys: Sys;
	Dir: import sys;
include "filepat.m";

match(pat, name: string): int
{
	p := 0;
	s := 0;
	star := -1;	# the pattern just after the last * seen
	from := 0;	# where that * started matching
	while(s < len name){
		if(p < len pat){
			if(pat[p] == '*'){
				star = ++p;
				from = s;
				continue;
			}
			next := match1(pat, p, name[s]);
			if(next >= 0){
				p = next;
				s++;
				continue;
			}
		}
		if(star < 0)
			return 0;
		# let the last * take one more character and try again
		p = star;
		s = ++from;
	}
	while(p < len pat && pat[p] == '*')
		p++;
	return p == len pat;
}

# does the pattern item at pat[p] match c? the index after the item if
# so, else -1
match1(pat: string, p: int, c: int): int
{
	case pat[p] {
	'?' =>
		return p+1;
	'\\' =>
		if(p+1 < len pat){
			if(pat[p+1] == c)
				return p+2;
			return -1;
		}
	'[' =>
		(ok, next) := class(pat, p+1, c);
		if(next > 0){
			if(ok)
				return next;
			return -1;
		}
		# no closing ]: the [ is itself
	}
	if(pat[p] == c)
		return p+1;
	return -1;
}

# is c in the set starting at pat[p] (just after its [)? the index
# after the set's ], or 0 if it has none
class(pat: string, p: int, c: int): (int, int)
{
	neg := 0;
	if(p < len pat && pat[p] == '^'){
		neg = 1;
		p++;
	}
	in := 0;
	first := 1;
	for(;;){
		if(p >= len pat)
			return (0, 0);
		if(pat[p] == ']' && !first)
			return (in ^ neg, p+1);
		first = 0;
		lo, hi: int;
		(lo, p) = item(pat, p);
		hi = lo;
		if(p+1 < len pat && pat[p] == '-' && pat[p+1] != ']')
			(hi, p) = item(pat, p+1);
		if(c >= lo && c <= hi)
			in = 1;
	}
}

# the character at pat[p], \ quoting the next, and the index after it
item(pat: string, p: int): (int, int)
{
	if(pat[p] == '\\' && p+1 < len pat)
		return (pat[p+1], p+2);
	return (pat[p], p+1);
}

hasmeta(s: string): int
{
	for(i := 0; i < len s; i++)
		case s[i] {
		'*' or '?' or '[' or '\\' =>
			return 1;
		}
	return 0;
}

# an element without metacharacters, with its quoting removed
unquote(s: string): string
{
	t := "";
	for(i := 0; i < len s; i++){
		if(s[i] == '\\' && i+1 < len s)
			i++;
		t[len t] = s[i];
	}
	return t;
}

expand(pat: string): list of string
{
	if(sys == nil)
		sys = load Sys Sys->PATH;
	if(pat == nil)
		return nil;
	prefix := "";
	if(pat[0] == '/')
		prefix = "/";
	(nil, elems) := sys->tokenize(pat, "/");
	names := rev(expand1(prefix, elems, nil));
	if(pat[len pat - 1] != '/' || elems == nil)
		return names;
	# a final / keeps only directories
	dirs: list of string;
	for(; names != nil; names = tl names){
		(ok, d) := sys->stat(hd names);
		if(ok >= 0 && (d.mode & Sys->DMDIR))
			dirs = hd names + "/" :: dirs;
	}
	return rev(dirs);
}

# the names that prefix and the elements elems make, put onto acc in
# reverse order
expand1(prefix: string, elems: list of string, acc: list of string): list of string
{
	if(elems == nil){
		if(prefix == "")
			return acc;
		return prefix :: acc;
	}
	e := hd elems;
	if(!hasmeta(e)){
		name := join(prefix, unquote(e));
		(ok, nil) := sys->stat(name);
		if(ok < 0)
			return acc;
		return expand1(name, tl elems, acc);
	}
	dir := prefix;
	if(dir == "")
		dir = ".";
	fd := sys->open(dir, Sys->OREAD);
	if(fd == nil)
		return acc;
	found: list of string;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++)
			if(match(e, d[i].name))
				found = d[i].name :: found;
	}
	a := sort(found);
	for(i := 0; i < len a; i++)
		acc = expand1(join(prefix, a[i]), tl elems, acc);
	return acc;
}

join(prefix, name: string): string
{
	if(prefix == "")
		return name;
	if(prefix[len prefix - 1] == '/')
		return prefix + name;
	return prefix + "/" + name;
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

# the strings of l in an array, sorted, duplicates (a union's) removed
sort(l: list of string): array of string
{
	a := array[len l] of string;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	msort(a, array[len a] of string);
	n := 0;
	for(i = 0; i < len a; i++)
		if(n == 0 || a[i] != a[n-1])
			a[n++] = a[i];
	return a[0:n];
}

# sort a using t, as long, for merging
msort(a, t: array of string)
{
	n := len a;
	if(n < 2)
		return;
	m := n / 2;
	msort(a[0:m], t[0:m]);
	msort(a[m:], t[m:]);
	(i, j, k) := (0, m, 0);
	while(i < m && j < n){
		if(a[j] < a[i])
			t[k++] = a[j++];
		else
			t[k++] = a[i++];
	}
	while(i < m)
		t[k++] = a[i++];
	while(j < n)
		t[k++] = a[j++];
	a[0:] = t[0:n];
}
