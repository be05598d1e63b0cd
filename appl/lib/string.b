implement String;

# String operations (see module/string.m): character classes,
# splitting, case, numbers, and shell-style quoting of word lists.

include "string.m";

# the characters that make quoted() quote a word: those special to the
# shell and its patterns
Shellspecial: con " \t\n\r#;&|^$`'{}()<>\"=*?[";

# is c in the class cl? (see string.m for the syntax)
in(c: int, cl: string): int
{
	n := len cl;
	if(n == 0)
		return 0;
	neg := 0;
	i := 0;
	if(cl[0] == '^' && n > 1){
		neg = 1;
		i = 1;
	}
	for(; i < n; i++){
		if(i+2 < n && cl[i+1] == '-'){
			# a range; a - at the class's start or end is itself
			if(c >= cl[i] && c <= cl[i+2])
				return !neg;
			i += 2;
		}else if(c == cl[i])
			return !neg;
	}
	return neg;
}

splitl(s, cl: string): (string, string)
{
	for(i := 0; i < len s; i++)
		if(in(s[i], cl))
			return (s[0:i], s[i:]);
	return (s, nil);
}

splitr(s, cl: string): (string, string)
{
	for(i := len s - 1; i >= 0; i--)
		if(in(s[i], cl))
			return (s[0:i+1], s[i+1:]);
	return (nil, s);
}

drop(s, cl: string): string
{
	for(i := 0; i < len s; i++)
		if(!in(s[i], cl))
			return s[i:];
	return nil;
}

take(s, cl: string): string
{
	for(i := 0; i < len s; i++)
		if(!in(s[i], cl))
			return s[0:i];
	return s;
}

splitstrl(s, t: string): (string, string)
{
	n := len t;
	for(i := 0; i + n <= len s; i++)
		if(s[i:i+n] == t)
			return (s[0:i], s[i:]);
	return (s, nil);
}

splitstrr(s, t: string): (string, string)
{
	n := len t;
	for(i := len s - n; i >= 0; i--)
		if(s[i:i+n] == t)
			return (s[0:i+n], s[i+n:]);
	return (nil, s);
}

prefix(pre, s: string): int
{
	return len pre <= len s && s[0:len pre] == pre;
}

# ASCII letters only: other scripts' cases are not known here
tolower(s: string): string
{
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'A' && c <= 'Z')
			s[i] = c + 'a' - 'A';
	}
	return s;
}

toupper(s: string): string
{
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			s[i] = c + 'A' - 'a';
	}
	return s;
}

# the value of c as a digit, or a value >= any base if it is none
digit(c: int): int
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 36;
}

# the common part of toint and tobig: the number's sign, where its
# digits start, their base; nil base if s has no number
numstart(s: string, base: int): (int, int, int)
{
	i := 0;
	while(i < len s && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	neg := 0;
	if(i < len s && (s[i] == '-' || s[i] == '+')){
		neg = s[i] == '-';
		i++;
	}
	if(base == 0){
		base = 10;
		if(i+1 < len s && s[i] == '0'){
			base = 8;
			if((s[i+1] == 'x' || s[i+1] == 'X') && i+2 < len s && digit(s[i+2]) < 16){
				base = 16;
				i += 2;
			}
		}
	}else if(base == 16 && i+2 < len s && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') && digit(s[i+2]) < 16)
		i += 2;
	if(base < 2 || base > 36 || i >= len s || digit(s[i]) >= base)
		return (0, 0, 0);
	return (neg, i, base);
}

toint(s: string, base: int): (int, string)
{
	(neg, i, b) := numstart(s, base);
	if(b == 0)
		return (0, s);
	# accumulate negatively: the most negative int has no positive
	v := 0;
	lim := -Maxint - 1;
	over := 0;
	for(; i < len s && (d := digit(s[i])) < b; i++){
		if(v < (lim + d) / b)
			over = 1;
		else
			v = v * b - d;
	}
	if(over)
		v = lim;
	if(!neg){
		if(v == lim)
			v = Maxint;
		else
			v = -v;
	}
	return (v, s[i:]);
}

Maxint: con 2147483647;
Maxbig: con big 16r7fffffffffffffff;

tobig(s: string, base: int): (big, string)
{
	(neg, i, b) := numstart(s, base);
	if(b == 0)
		return (big 0, s);
	v := big 0;
	lim := -Maxbig - big 1;
	over := 0;
	for(; i < len s && (d := digit(s[i])) < b; i++){
		if(v < (lim + big d) / big b)
			over = 1;
		else
			v = v * big b - big d;
	}
	if(over)
		v = lim;
	if(!neg){
		if(v == lim)
			v = Maxbig;
		else
			v = -v;
	}
	return (v, s[i:]);
}

append(s: string, l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	l = s :: nil;
	for(; r != nil; r = tl r)
		l = hd r :: l;
	return l;
}

quoted(argv: list of string): string
{
	return quotedc(argv, Shellspecial);
}

quotedc(argv: list of string, cl: string): string
{
	s := "";
	for(; argv != nil; argv = tl argv){
		if(s != "")
			s += " ";
		s += quote1(hd argv, cl);
	}
	return s;
}

# w between single quotes (its quotes doubled) if it is empty or has a
# character in cl or a quote
quote1(w: string, cl: string): string
{
	if(w == "")
		return "''";
	for(i := 0; i < len w; i++)
		if(w[i] == '\'' || in(w[i], cl))
			break;
	if(i == len w)
		return w;
	q := "'";
	for(i = 0; i < len w; i++){
		if(w[i] == '\'')
			q += "'";
		q[len q] = w[i];
	}
	return q + "'";
}

# the words of s: separated by blanks, tabs and newlines outside
# quotes; '...' quotes (with '' for a quote), and can make up part of
# a word
unquoted(s: string): list of string
{
	words: list of string;
	i := 0;
	n := len s;
	for(;;){
		while(i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
			i++;
		if(i >= n)
			break;
		w := "";
		while(i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '\n'){
			if(s[i] != '\''){
				w[len w] = s[i++];
				continue;
			}
			# a quoted part: up to a quote not doubled, or the end
			for(i++; i < n; i++){
				if(s[i] == '\''){
					if(i+1 < n && s[i+1] == '\'')
						i++;
					else
						break;
				}
				w[len w] = s[i];
			}
			i++;
		}
		words = w :: words;
	}
	# the words were gathered last first
	r: list of string;
	for(; words != nil; words = tl words)
		r = hd words :: r;
	return r;
}
