/*
 * Plan 9's string functions beyond C's: bounded copy, ASCII
 * case-insensitive comparison, and splitting a string in place into
 * words (tokenize, with rc-style quotes) or fields (getfields).
 */
#include "kern.h"

/* Copies as much of from as fits before end, always terminating unless to >= end. Returns the NUL. */
char*
strecpy(char *to, char *end, char *from)
{
	if(to >= end)
		return to;
	while(to < end-1 && *from != 0)
		*to++ = *from++;
	*to = 0;
	return to;
}

static int
lower(int c)
{
	c &= 0xFF;
	if(c >= 'A' && c <= 'Z')
		c += 'a' - 'A';
	return c;
}

int
cistrncmp(char *a, char *b, int n)
{
	int ca, cb;

	for(; n > 0; n--){
		ca = lower(*a++);
		cb = lower(*b++);
		if(ca != cb)
			return ca - cb;
		if(ca == 0)
			break;
	}
	return 0;
}

int
cistrcmp(char *a, char *b)
{
	int ca, cb;

	do{
		ca = lower(*a++);
		cb = lower(*b++);
		if(ca != cb)
			return ca - cb;
	}while(ca != 0);
	return 0;
}

static int
isqsep(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/*
 * Splits s at blanks, tabs, carriage returns and newlines into at
 * most maxargs words, NUL-terminating each in place. A single quote
 * starts or ends quoting, inside which blanks are ordinary and ''
 * stands for one quote; quotes are removed, so 'a b'c is the word
 * "a bc" and '' an empty word. This undoes %q. Words beyond maxargs
 * are left unsplit. Returns the number of words.
 */
int
tokenize(char *s, char **args, int maxargs)
{
	char *t;
	int n, quoting;

	n = 0;
	while(n < maxargs){
		while(isqsep(*s))
			s++;
		if(*s == 0)
			break;
		/* t writes the word over itself; it never passes s */
		args[n++] = t = s;
		quoting = 0;
		for(; *s != 0; s++){
			if(*s == '\''){
				if(quoting && s[1] == '\'')
					*t++ = *s++;
				else
					quoting = !quoting;
				continue;
			}
			if(!quoting && isqsep(*s))
				break;
			*t++ = *s;
		}
		if(*s != 0)
			s++;
		*t = 0;
	}
	return n;
}

/*
 * Splits s into fields separated by any rune in sep, NUL-terminating
 * each in place. Without multiflag each separator ends a field, so
 * "a::b" has three fields and "" one; with it, runs of separators
 * count as one and separators before the first field are skipped.
 * Once maxargs fields are found the last holds the rest of s,
 * separators and all. Returns the number of fields.
 */
int
getfields(char *s, char **args, int maxargs, int multiflag, char *sep)
{
	Rune r;
	int n, w, infield;

	if(maxargs <= 0)
		return 0;
	n = 0;
	infield = 0;
	if(!multiflag){
		args[n++] = s;
		infield = 1;
	}
	for(; (w = chartorune(&r, s)), r != 0; s += w){
		if(utfrune(sep, r) == nil){
			if(!infield){
				args[n++] = s;
				infield = 1;
			}
			continue;
		}
		if(n >= maxargs)
			break;
		*s = 0;
		if(multiflag)
			infield = 0;
		else
			args[n++] = s+w;
	}
	return n;
}
