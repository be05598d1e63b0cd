/*
 * The unit tests' harness: a test program runs cases, each printing
 * one line, "ok NAME" or "FAIL NAME: what differed" (the first check
 * that failed, and how many others did), and exits non-zero if any
 * case failed. Host-only: it uses stdio. tests/unit/run counts the
 * lines.
 *
 *	testbegin("strtol %s", s);
 *	check(v == want, "got %ld, want %ld", v, want);
 *	testend();
 *
 * or run("name", fn) for a case that is a function.
 */
#include <stdarg.h>
#include <stdio.h>

static int testnfail;		/* cases failed so far */
static int testbad;		/* checks failed in the current case */
static char testname[256];
static char testwhy[1024];	/* the first failed check's message */

static inline void
testbegin(char *fmt, ...)
{
	va_list a;

	va_start(a, fmt);
	vsnprintf(testname, sizeof testname, fmt, a);
	va_end(a);
	testbad = 0;
	testwhy[0] = 0;
}

static inline void
fail(char *fmt, ...)
{
	va_list a;

	if(testbad++ > 0)
		return;
	va_start(a, fmt);
	vsnprintf(testwhy, sizeof testwhy, fmt, a);
	va_end(a);
}

#define check(cond, ...) do{ if(!(cond)) fail(__VA_ARGS__); }while(0)

/* Prints s with control characters and non-ASCII bytes escaped, so each case stays on one line. */
static inline void
testputs(char *s)
{
	for(; *s != 0; s++){
		if(*s == '\\')
			fputs("\\\\", stdout);
		else if((unsigned char)*s < ' ' || (unsigned char)*s >= 0x7F)
			printf("\\x%02x", (unsigned char)*s);
		else
			putchar(*s);
	}
}

static inline void
testend(void)
{
	if(testbad == 0)
		fputs("ok ", stdout);
	else
		fputs("FAIL ", stdout);
	testputs(testname);
	if(testbad > 0){
		fputs(": ", stdout);
		testputs(testwhy);
		if(testbad > 1)
			printf(" (and %d more)", testbad-1);
		testnfail++;
	}
	putchar('\n');
	fflush(stdout);
}

static inline void
run(char *name, void (*fn)(void))
{
	testbegin("%s", name);
	fn();
	testend();
}

/* main's return value */
static inline int
testexit(void)
{
	return testnfail != 0;
}

/* A small deterministic generator (xorshift64*), so failures reproduce. */
static unsigned long long testseed = 0x9E3779B97F4A7C15ULL;

static inline unsigned long long
testrand(void)
{
	testseed ^= testseed >> 12;
	testseed ^= testseed << 25;
	testseed ^= testseed >> 27;
	return testseed * 0x2545F4914F6CDD1DULL;
}
