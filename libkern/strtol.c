/*
 * String to integer conversion with the C library's meanings:
 * leading white space, an optional sign, base 0 (guess from 0x or 0
 * prefix) or 2 to 36, *end set past the last digit used, and results
 * saturating at the type's limits on overflow. There is no errno.
 */
#include "kern.h"

#define UVLMAX	(~(uvlong)0)
#define VLMAX	((vlong)(UVLMAX>>1))
#define ULMAX	(~(ulong)0)
#define LMAX	((long)(ULMAX>>1))

static int
space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int
digit(int c)
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/*
 * The magnitude of the number at s. Sets *neg for a minus sign and
 * *big if the magnitude does not fit a uvlong (the value returned is
 * then meaningless). With no digits, or a bad base, *end is s.
 */
static uvlong
parse(const char *s, char **end, int base, int *neg, int *big)
{
	const char *p, *digits;
	uvlong v, cut;
	int d;

	*neg = 0;
	*big = 0;
	if(end != nil)
		*end = (char*)s;
	if(base < 0 || base == 1 || base > 36)
		return 0;
	p = s;
	while(space(*p))
		p++;
	if(*p == '-' || *p == '+')
		*neg = *p++ == '-';
	/* a 0x with no hex digit after it is just the number 0 followed by x */
	if((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && digit(p[2]) < 16){
		p += 2;
		base = 16;
	}else if(base == 0)
		base = *p == '0' ? 8 : 10;
	digits = p;
	v = 0;
	cut = UVLMAX / base;
	for(; (d = digit(*p)) < base; p++){
		if(v > cut || v*base > UVLMAX - d)
			*big = 1;
		v = v*base + d;
	}
	if(p == digits)
		return 0;
	if(end != nil)
		*end = (char*)p;
	return v;
}

uvlong
strtoull(const char *s, char **end, int base)
{
	uvlong v;
	int neg, big;

	v = parse(s, end, base, &neg, &big);
	if(big)
		return UVLMAX;
	return neg ? -v : v;
}

vlong
strtoll(const char *s, char **end, int base)
{
	uvlong v;
	int neg, big;

	v = parse(s, end, base, &neg, &big);
	if(neg){
		if(big || v >= (uvlong)VLMAX+1)
			return -VLMAX-1;
		return -(vlong)v;
	}
	if(big || v > (uvlong)VLMAX)
		return VLMAX;
	return v;
}

ulong
strtoul(const char *s, char **end, int base)
{
	uvlong v;
	int neg, big;

	v = parse(s, end, base, &neg, &big);
	if(big || v > ULMAX)
		return ULMAX;
	return neg ? -(ulong)v : (ulong)v;
}

long
strtol(const char *s, char **end, int base)
{
	uvlong v;
	int neg, big;

	v = parse(s, end, base, &neg, &big);
	if(neg){
		if(big || v >= (uvlong)LMAX+1)
			return -LMAX-1;
		return -(long)v;
	}
	if(big || v > (uvlong)LMAX)
		return LMAX;
	return v;
}

int
atoi(const char *s)
{
	return strtol(s, nil, 10);
}

long
atol(const char *s)
{
	return strtol(s, nil, 10);
}
