/*
 * The front end's arena and its error reports. Messages read
 * "file.b:LINE: message" like Inferno's compiler; after Maxerr of them
 * the compilation stops through lfatal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <setjmp.h>
#include "limbo.h"

typedef struct Chunk Chunk;
struct Chunk {
	Chunk	*next;
	long	used;
	long	size;
	_Alignas(16) char	mem[];
};

enum {
	Chunksize = 64*1024,
};

Front	front;
jmp_buf	*lfatalenv;
static Chunk	*chunks;
static char	lastmsg[1024];	/* the last message, not repeated */

/* n bytes of zeroed memory that live until lfreeall; exits if there is none */
void*
lalloc(long n)
{
	Chunk *c;
	long size;
	void *v;

	n = (n + 15) & ~15L;
	c = chunks;
	if(c == nil || c->used + n > c->size){
		size = n > Chunksize ? n : Chunksize;
		c = malloc(sizeof(Chunk) + size);
		if(c == nil){
			fprintf(stderr, "limbo: out of memory\n");
			exit(1);
		}
		c->size = size;
		c->used = 0;
		c->next = chunks;
		chunks = c;
	}
	v = c->mem + c->used;
	c->used += n;
	memset(v, 0, n);
	return v;
}

/* a copy of the n bytes at s, NUL terminated */
char*
lstrdup(char *s, int n)
{
	char *t;

	t = lalloc(n + 1);
	memcpy(t, s, n);
	t[n] = 0;
	return t;
}

void
lfreeall(void)
{
	Chunk *c;

	lastmsg[0] = 0;
	if(chunks == nil)
		return;
	/* keep one standard chunk for the next compilation: the fuzzer makes thousands */
	while((c = chunks)->next != nil){
		chunks = c->next;
		free(c);
	}
	if(c->size != Chunksize){
		free(c);
		chunks = nil;
		return;
	}
	c->used = 0;
}

static void
emit(char *msg)
{
	if(front.errout != nil)
		front.errout(msg);
	else
		fprintf(stderr, "%s\n", msg);
}

/* writes the message; -1 (and nothing written) if it repeats the last one */
static int
report(Src src, char *kind, char *fmt, va_list arg)
{
	char buf[1024];
	int n;

	if(src.file < 0)
		n = snprintf(buf, sizeof buf, "limbo: %s", kind);
	else
		n = snprintf(buf, sizeof buf, "%s:%d: %s", srcfile(src.file), src.line, kind);
	if(n < 0 || n >= (int)sizeof buf)
		n = 0;
	vsnprintf(buf + n, sizeof buf - n, fmt, arg);
	if(strcmp(buf, lastmsg) == 0)
		return -1;
	strcpy(lastmsg, buf);
	emit(buf);
	return 0;
}

void
lerror(Src src, char *fmt, ...)
{
	va_list arg;

	va_start(arg, fmt);
	if(report(src, "", fmt, arg) < 0){
		va_end(arg);
		return;
	}
	va_end(arg);
	if(++front.nerr >= Maxerr)
		lfatal("too many errors, stopping");
}

void
lwarn(Src src, char *fmt, ...)
{
	va_list arg;

	if(!front.warn)
		return;
	va_start(arg, fmt);
	report(src, "warning: ", fmt, arg);
	va_end(arg);
}

/* reports fmt and abandons the compilation (longjmp to lfatalenv) */
void
lfatal(char *fmt, ...)
{
	char buf[1024];
	va_list arg;

	va_start(arg, fmt);
	vsnprintf(buf, sizeof buf, fmt, arg);
	va_end(arg);
	emit(buf);
	front.nerr++;
	if(lfatalenv == nil)
		exit(1);
	longjmp(*lfatalenv, 1);
}

/* stops the compilation after errors already reported */
void
lgiveup(void)
{
	if(front.nerr == 0)
		front.nerr++;
	if(lfatalenv == nil)
		exit(1);
	longjmp(*lfatalenv, 1);
}

/* an error that belongs to no source line, e.g. "limbo: x.dis: ..." */
void
lmessage(char *fmt, ...)
{
	char buf[1024];
	va_list arg;

	va_start(arg, fmt);
	vsnprintf(buf, sizeof buf, fmt, arg);
	va_end(arg);
	emit(buf);
	front.nerr++;
}
