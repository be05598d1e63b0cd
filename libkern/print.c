/*
 * The print family: each sets up a Fmt over a buffer and runs dofmt.
 * print's buffer is on the stack and is emptied through putstrn
 * whenever it fills, so output of any length goes out whole. The
 * string forms write into the caller's buffer, stop at its end
 * without splitting a UTF-8 sequence, and always NUL-terminate.
 */
#include "kern.h"
#include "fmtdef.h"

static int
printflush(Fmt *f)
{
	putstrn(f->start, f->to - f->start);
	f->to = f->start;
	return 1;
}

/* Sends output to putstrn in pieces of at most PRINTSIZE bytes. Returns the bytes printed. */
int
vprint(char *fmt, va_list args)
{
	char buf[PRINTSIZE];
	Fmt f;
	int n;

	f.start = buf;
	f.to = buf;
	f.stop = buf + sizeof buf;
	f.flush = printflush;
	f.farg = nil;
	f.nfmt = 0;
	va_copy(f.args, args);
	n = dofmt(&f, fmt);
	va_end(f.args);
	if(f.to > f.start)
		printflush(&f);
	return n;
}

int
print(char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vprint(fmt, args);
	va_end(args);
	return n;
}

/* Formats into buf[0..e-1], NUL included. Returns a pointer to the NUL, or nil if e <= buf. */
char*
vseprint(char *buf, char *e, char *fmt, va_list args)
{
	Fmt f;

	if(e <= buf)
		return nil;
	f.start = buf;
	f.to = buf;
	f.stop = e - 1;
	f.flush = nil;
	f.farg = nil;
	f.nfmt = 0;
	va_copy(f.args, args);
	dofmt(&f, fmt);
	va_end(f.args);
	*f.to = 0;
	return f.to;
}

char*
seprint(char *buf, char *e, char *fmt, ...)
{
	va_list args;
	char *p;

	va_start(args, fmt);
	p = vseprint(buf, e, fmt, args);
	va_end(args);
	return p;
}

/* Writes at most n bytes, NUL included. Returns the bytes written before the NUL (0 if n <= 0). */
int
vsnprint(char *buf, int n, char *fmt, va_list args)
{
	if(n <= 0)
		return 0;
	return vseprint(buf, buf+n, fmt, args) - buf;
}

int
snprint(char *buf, int n, char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	n = vsnprint(buf, n, fmt, args);
	va_end(args);
	return n;
}

/* Unbounded, like C's sprintf: the caller promises the room. Prefer snprint or seprint. */
int
sprint(char *buf, char *fmt, ...)
{
	va_list args;
	uintptr room;
	int n;

	/* as big as an int allows, without the end pointer wrapping */
	room = ~(uintptr)0 - (uintptr)buf;
	if(room > (1U<<30))
		room = 1U<<30;
	va_start(args, fmt);
	n = vsnprint(buf, room, fmt, args);
	va_end(args);
	return n;
}
