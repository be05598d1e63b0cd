/*
 * The C library's string functions, for targets without a C
 * library. Hosted targets use libc's and do not build this file.
 * Plan 9's additions are in strextra.c.
 */
#include "kern.h"

size_t
strlen(const char *s)
{
	const char *p;

	for(p = s; *p != 0; p++)
		;
	return p - s;
}

/* Bytes compare as unsigned char, as C requires. */
int
strcmp(const char *a, const char *b)
{
	for(; *a == *b; a++, b++)
		if(*a == 0)
			return 0;
	return (uchar)*a - (uchar)*b;
}

int
strncmp(const char *a, const char *b, size_t n)
{
	for(; n > 0; n--, a++, b++){
		if(*a != *b)
			return (uchar)*a - (uchar)*b;
		if(*a == 0)
			break;
	}
	return 0;
}

char*
strcpy(char *to, const char *from)
{
	char *t;

	for(t = to; (*t = *from) != 0; t++, from++)
		;
	return to;
}

/* Pads with NULs to n and does not terminate a string of n or more bytes, as C requires. */
char*
strncpy(char *to, const char *from, size_t n)
{
	char *t;

	t = to;
	for(; n > 0 && *from != 0; n--)
		*t++ = *from++;
	for(; n > 0; n--)
		*t++ = 0;
	return to;
}

char*
strcat(char *to, const char *from)
{
	strcpy(to+strlen(to), from);
	return to;
}

/* c == 0 finds the terminating NUL. */
char*
strchr(const char *s, int c)
{
	for(;; s++){
		if(*s == (char)c)
			return (char*)s;
		if(*s == 0)
			return nil;
	}
}

char*
strrchr(const char *s, int c)
{
	const char *last;

	last = nil;
	for(;; s++){
		if(*s == (char)c)
			last = s;
		if(*s == 0)
			return (char*)last;
	}
}

char*
strstr(const char *s, const char *t)
{
	size_t n;

	n = strlen(t);
	if(n == 0)
		return (char*)s;
	for(; (s = strchr(s, *t)) != nil; s++)
		if(strncmp(s, t, n) == 0)
			return (char*)s;
	return nil;
}
