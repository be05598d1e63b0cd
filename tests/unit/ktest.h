/*
 * Kernel unit tests: each test program is the whole sanitized host
 * kernel with ktest.c's main; it boots, and its first kernel proc runs
 * the program's testmain(). Cases report through test.h; kernel procs
 * print through kprint-safe stdio only from the test's own proc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../tests/unit/test.h"
#include "all.h"

int	testmain(void);		/* the test program's; returns the number of failed cases */
char	*ktesttmp(char*);	/* a new empty host directory for the test, under $TMPDIR */

/*
 * Helpers the tests share; they run in a kernel proc. Results in a
 * static buffer last until the next call.
 */
char	*errstr(void);		/* the calling proc's last error, for check messages */
void	nap(ulong ms);		/* sleep ms, so that other kprocs run */
int	waitfor(volatile int *flag, ulong ms);	/* poll until *flag != 0 or ms pass; whether it was set */
int	waitcount(volatile int *v, int want, ulong ms);	/* poll until *v >= want or ms pass; whether it got there */
char	*dirnames(char *path);	/* the names in directory path, blank-separated, in the order read, or "<open: error>" */
char	*sorteddirnames(char *path);	/* dirnames, sorted, for servers whose order is the host's */
int	trystat(char *path, Dir *d, char *strs, int nstrs);	/* kdirstat, but a failure leaves d a nulldir, so checks on it fail without crashing */
int	exists(char *path);	/* whether path can be stat'd */
long	readfile(char *path, char *buf, long n);	/* one read of up to n-1 bytes of path, NUL-terminated ("" on error); the count, or -1 */
void	outputto(char *path);	/* fds 1 and 2 of this proc to a new file path, so what a program prints can be read back */
long	putfile(char *path, void *buf, long n);	/* create path holding buf[0:n]; the count written, or -1 */
long	getfile(char *path, void *buf, long n);	/* up to n bytes of path, read to EOF, NUL-terminated if fewer; the count, or -1 */
ulong	fnv1a(ulong h, uchar *p, long n);	/* h (start at 2166136261) hashed on with p[0:n], to compare streams without keeping them */
int	hostsh(char *cmd);	/* the host's system(cmd), called outside the kernel: its status */
ulong	xrand(ulong *seed);	/* 31 pseudo-random bits (xorshift), so sizes and data repeat between writer and reader */

/* check with the kernel's print verbs (%r is the error string), not the C library's */
static inline void
kfail(char *fmt, ...)
{
	va_list a;

	if(testbad++ > 0)
		return;
	va_start(a, fmt);
	vseprint(testwhy, testwhy+sizeof testwhy, fmt, a);
	va_end(a);
}
#undef check
#define check(cond, ...) do{ if(!(cond)) kfail(__VA_ARGS__); }while(0)

/* Print a case's line with preemption off: kernel procs share the C library's stdout. */
#define ktestend()	do { int _s = splhi(); testend(); splx(_s); } while(0)
