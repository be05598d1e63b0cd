implement Astrutil;

# string routines built from indexing, slicing, appending and
# comparison: search, replace, case mapping, palindromes, a Caesar
# cipher, run-length encoding, splitting on blanks

include "sys.m";
	sys: Sys;
include "draw.m";

Astrutil: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

index(s, t: string): int
{
	for(i := 0; i + len t <= len s; i++)
		if(s[i:i+len t] == t)
			return i;
	return -1;
}

replace(s, old, new: string): string
{
	r := "";
	while((i := index(s, old)) >= 0){
		r += s[0:i] + new;
		s = s[i+len old:];
	}
	return r + s;
}

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

palindrome(s: string): int
{
	t := "";
	s = lower(s);
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			t[len t] = s[i];
	for(i = 0; i < len t / 2; i++)
		if(t[i] != t[len t - 1 - i])
			return 0;
	return 1;
}

caesar(s: string, k: int): string
{
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			s[i] = 'a' + (c - 'a' + k + 26) % 26;
		else if(c >= 'A' && c <= 'Z')
			s[i] = 'A' + (c - 'A' + k + 26) % 26;
	}
	return s;
}

rle(s: string): string
{
	r := "";
	for(i := 0; i < len s; ){
		j := i;
		while(j < len s && s[j] == s[i])
			j++;
		r += string (j - i) + s[i:i+1];
		i = j;
	}
	return r;
}

words(s: string): list of string
{
	l: list of string;
	for(i := len s; i > 0; ){
		while(i > 0 && s[i-1] == ' ')
			i--;
		j := i;
		while(j > 0 && s[j-1] != ' ')
			j--;
		if(j < i)
			l = s[j:i] :: l;
		i = j;
	}
	return l;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%d %d %d %d\n", index("hello world", "o w"), index("abc", "d"), index("abc", ""), index("aaa", "aa"));
	sys->print("%s|%s|%s\n", replace("a-b-c", "-", "+"), replace("aaaa", "aa", "b"), replace("xyz", "q", "r"));
	sys->print("%s\n", lower("MiXeD Case 123"));
	sys->print("%d %d %d\n", palindrome("A man, a plan, a canal: Panama"), palindrome("Limbo"), palindrome(""));
	c := caesar("Hello, World!", 3);
	sys->print("%s %s\n", c, caesar(c, -3));
	sys->print("%s %s %q\n", rle("aaabccdddd"), rle("x"), rle(""));
	for(l := words("  split   these words "); l != nil; l = tl l)
		sys->print("[%s]", hd l);
	sys->print(" %d\n", len words("   "));
}
