/*
 * Tests libkern/strextra.c: strecpy's bounds, the case-insensitive
 * comparisons against libc's strcasecmp, tokenize's quoting rules and
 * getfields' two modes on tables of inputs, and tokenize on random
 * strings against a reference that copies instead of working in place.
 */
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include "../../../libkern/kern.h"
#include "test.h"

static int
sign(int x)
{
	return (x > 0) - (x < 0);
}

static void
teststrecpy(void)
{
	char buf[8], *p;
	int i;

	for(i = 1; i <= 8; i++){
		memset(buf, 'x', sizeof buf);
		p = strecpy(buf, buf+i, "abcdefghij");
		check(p == buf+i-1 && *p == 0 && strncmp(buf, "abcdefghij", i-1) == 0, "strecpy into %d bytes", i);
		if(i < 8)
			check(buf[i] == 'x', "strecpy into %d bytes overran", i);
	}
	p = strecpy(buf, buf+sizeof buf, "ab");
	check(p == buf+2 && strcmp(buf, "ab") == 0, "strecpy of a short string");
	check(strecpy(buf, buf, "ab") == buf, "strecpy into nothing moved");
	p = strecpy(buf, buf+4, "");
	check(p == buf && buf[0] == 0, "strecpy of empty");
}

static void
testcistrcmp(void)
{
	static char *s[] = { "", "a", "A", "ab", "aB", "AB", "abc", "b", "Z", "z", "[", "@", "`", "{", "\xE9", "\xC9", "a\xE9" };
	int i, j, n;

	for(i = 0; i < (int)nelem(s); i++)
		for(j = 0; j < (int)nelem(s); j++){
			check(sign(cistrcmp(s[i], s[j])) == sign(strcasecmp(s[i], s[j])),
				"cistrcmp(%s, %s) = %d, strcasecmp %d", s[i], s[j], cistrcmp(s[i], s[j]), strcasecmp(s[i], s[j]));
			for(n = 0; n < 4; n++)
				check(sign(cistrncmp(s[i], s[j], n)) == sign(strncasecmp(s[i], s[j], n)),
					"cistrncmp(%s, %s, %d) = %d, strncasecmp %d", s[i], s[j], n,
					cistrncmp(s[i], s[j], n), strncasecmp(s[i], s[j], n));
		}
}

/* Splits in (a copy) and compares with want, a list of words ended by nil. */
static void
tokcase(char *in, int max, ...)
{
	char buf[128], *args[16], *w;
	va_list a;
	int n, i;

	testbegin("tokenize \"%s\" max %d", in, max);
	strcpy(buf, in);
	n = tokenize(buf, args, max);
	va_start(a, max);
	for(i = 0; (w = va_arg(a, char*)) != nil; i++){
		if(i >= n){
			fail("got %d words, want more", n);
			break;
		}
		check(strcmp(args[i], w) == 0, "word %d is \"%s\", want \"%s\"", i, args[i], w);
	}
	va_end(a);
	check(n == i, "got %d words, want %d", n, i);
	testend();
}

static void
testtokenize(void)
{
	tokcase("", 10, nil);
	tokcase("   \t\n ", 10, nil);
	tokcase("a", 10, "a", nil);
	tokcase("  a  b\tc\nd\r\ne  ", 10, "a", "b", "c", "d", "e", nil);
	tokcase("'a b' c", 10, "a b", "c", nil);
	tokcase("'it''s' x", 10, "it's", "x", nil);
	tokcase("''", 10, "", nil);
	tokcase("'' ''", 10, "", "", nil);
	tokcase("a'b c'd", 10, "ab cd", nil);
	tokcase("a''b", 10, "ab", nil);
	tokcase("''''", 10, "'", nil);
	tokcase("'unterminated rest", 10, "unterminated rest", nil);
	tokcase("'\t\n'", 10, "\t\n", nil);
	tokcase("a b c d", 2, "a", "b", nil);
	tokcase("a b", 0, nil);
	tokcase("caf\xC3\xA9 na\xC3\xAFve", 10, "caf\xC3\xA9", "na\xC3\xAFve", nil);
}

/* A reference tokenizer: the same rules, copying each word into fresh storage. */
static int
reftokenize(char *s, char words[][64], int max)
{
	int n, q, k;

	for(n = 0; n < max; n++){
		while(*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
			s++;
		if(*s == 0)
			break;
		q = 0;
		k = 0;
		for(; *s != 0; s++){
			if(q && s[0] == '\'' && s[1] == '\''){
				words[n][k++] = '\'';
				s++;
			}else if(*s == '\'')
				q ^= 1;
			else if(!q && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
				break;
			else
				words[n][k++] = *s;
		}
		words[n][k] = 0;
	}
	return n;
}

static void
testtokenizefuzz(void)
{
	static char alpha[] = "ab' \t'";
	char s[40], copy[40], words[20][64], *args[20];
	int t, i, len, n, m, max;

	for(t = 0; t < 50000; t++){
		len = testrand() % 30;
		for(i = 0; i < len; i++)
			s[i] = alpha[testrand() % (sizeof alpha - 1)];
		s[len] = 0;
		strcpy(copy, s);
		max = testrand() % 20;
		n = tokenize(copy, args, max);
		m = reftokenize(s, words, max);
		check(n == m, "tokenize \"%s\" max %d: %d words, reference %d", s, max, n, m);
		for(i = 0; i < n && i < m; i++)
			check(strcmp(args[i], words[i]) == 0, "tokenize \"%s\": word %d \"%s\", reference \"%s\"", s, i, args[i], words[i]);
	}
}

static void
fieldcase(char *in, int max, int multi, char *sep, ...)
{
	char buf[128], *args[16], *w;
	va_list a;
	int n, i;

	testbegin("getfields \"%s\" max %d multi %d sep \"%s\"", in, max, multi, sep);
	strcpy(buf, in);
	n = getfields(buf, args, max, multi, sep);
	va_start(a, sep);
	for(i = 0; (w = va_arg(a, char*)) != nil; i++){
		if(i >= n){
			fail("got %d fields, want more", n);
			break;
		}
		check(strcmp(args[i], w) == 0, "field %d is \"%s\", want \"%s\"", i, args[i], w);
	}
	va_end(a);
	check(n == i, "got %d fields, want %d", n, i);
	testend();
}

static void
testgetfields(void)
{
	fieldcase("a:b::c", 10, 0, ":", "a", "b", "", "c", nil);
	fieldcase("", 10, 0, ":", "", nil);
	fieldcase(":", 10, 0, ":", "", "", nil);
	fieldcase("a:b:c", 2, 0, ":", "a", "b:c", nil);
	fieldcase("a:b:c", 1, 0, ":", "a:b:c", nil);
	fieldcase("a:b", 0, 0, ":", nil);
	fieldcase("a b\tc", 10, 0, " \t", "a", "b", "c", nil);
	fieldcase("  a  b  ", 10, 1, " ", "a", "b", nil);
	fieldcase("", 10, 1, " ", nil);
	fieldcase("   ", 10, 1, " ", nil);
	fieldcase("a  b  c", 2, 1, " ", "a", "b  c", nil);
	fieldcase("a  b  ", 2, 1, " ", "a", "b  ", nil);
	fieldcase("a::b", 10, 1, ":", "a", "b", nil);
	fieldcase("x\xE2\x80\xA2y\xE2\x80\xA2z", 10, 0, "\xE2\x80\xA2", "x", "y", "z", nil);	/* a multi-byte separator */
	fieldcase("\xC3\xA9:\xC3\xA9", 10, 0, ":", "\xC3\xA9", "\xC3\xA9", nil);
	fieldcase("a,b;c", 10, 0, ",;", "a", "b", "c", nil);
}

int
main(void)
{
	run("strecpy stays in bounds and terminates", teststrecpy);
	run("cistrcmp and cistrncmp agree with strcasecmp", testcistrcmp);
	testtokenize();
	run("tokenize matches a reference on random quoted strings", testtokenizefuzz);
	testgetfields();
	return testexit();
}
