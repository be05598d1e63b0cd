implement Names;

# File names as strings (see module/names.m). Nothing here looks at
# the name space: ".." is folded lexically, as Plan 9's cleanname does.

include "names.m";

# without repeated /, "." elements, x/.. pairs and a trailing /; a name
# starting with # keeps its first element (the device) as its root
cleanname(name: string): string
{
	if(name == nil)
		return ".";
	root := "";
	rest := name;
	if(name[0] == '/'){
		root = "/";
		rest = name[1:];
	}else if(name[0] == '#'){
		for(i := 0; i < len name && name[i] != '/'; i++)
			;
		root = name[0:i];
		rest = name[i:];
	}
	els: list of string;	# the elements kept, last first
	n := 0;			# how many of them are not ".."
	for(l := split(rest); l != nil; l = tl l){
		e := hd l;
		case e {
		"." =>
			;
		".." =>
			if(n > 0){
				els = tl els;
				n--;
			}else if(root == "")
				els = e :: els;	# above the start: kept
			# a rooted name's .. at the root is the root
		* =>
			els = e :: els;
			n++;
		}
	}
	s := "";
	for(; els != nil; els = tl els){
		if(s == "")
			s = hd els;
		else
			s = hd els + "/" + s;
	}
	if(root == "/")
		return "/" + s;
	if(root != ""){
		if(s == "")
			return root;
		return root + "/" + s;
	}
	if(s == "")
		return ".";
	return s;
}

# the elements of s between slashes, empty ones left out, in order
split(s: string): list of string
{
	r: list of string;
	j := len s;
	for(i := len s - 1; i >= -1; i--){
		if(i < 0 || s[i] == '/'){
			if(j > i+1)
				r = s[i+1:j] :: r;
			j = i;
		}
	}
	return r;
}

# the name less its last element and trailing slashes: "." if it has
# no slash, "/" if the only slash is the first character
dirname(name: string): string
{
	name = trimslash(name);
	for(i := len name - 1; i >= 0; i--)
		if(name[i] == '/')
			break;
	if(i < 0)
		return ".";
	if(i == 0)
		return "/";
	d := trimslash(name[0:i]);
	return d;
}

# name without trailing slashes, unless it is all slashes
trimslash(name: string): string
{
	n := len name;
	while(n > 1 && name[n-1] == '/')
		n--;
	return name[0:n];
}

# what follows the last slash, less suffix if it ends with it (and is
# more than it)
basename(name: string, suffix: string): string
{
	for(i := len name - 1; i >= 0; i--)
		if(name[i] == '/')
			break;
	name = name[i+1:];
	n := len name - len suffix;
	if(suffix != nil && n > 0 && name[n:] == suffix)
		name = name[0:n];
	return name;
}

elements(name: string): list of string
{
	l := split(name);
	if(name != nil && name[0] == '/')
		l = "/" :: l;
	return l;
}

pathname(els: list of string): string
{
	s := "";
	for(; els != nil; els = tl els){
		e := hd els;
		if(s == "" || s == "/" || e == "/")
			s += e;
		else
			s += "/" + e;
	}
	return s;
}

# is a's cleaned name b's, or a directory above it?
isprefix(a: string, b: string): int
{
	a = cleanname(a);
	b = cleanname(b);
	if(a == b)
		return 1;
	if(a == ".")
		return b[0] != '/' && b[0] != '#' && b != ".." && !(len b >= 3 && b[0:3] == "../");
	if(len a >= len b)
		return 0;
	if(a == "/")
		return b[0] == '/';
	return b[0:len a] == a && b[len a] == '/';
}

rooted(root: string, name: string): string
{
	if(name != nil && (name[0] == '/' || name[0] == '#'))
		return name;
	if(root == nil)
		return name;
	if(name == nil)
		return root;
	if(root[len root - 1] == '/')
		return root + name;
	return root + "/" + name;
}

# name from root's point of view if it is below it, else name
relative(name: string, root: string): string
{
	if(root == nil || !isprefix(root, name))
		return name;
	n := cleanname(name);
	r := cleanname(root);
	if(n == r)
		return ".";
	if(r == ".")
		return n;
	if(r == "/")
		return n[1:];
	return n[len r + 1:];
}
