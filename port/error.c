/*
 * Kernel errors: error() copies the text to the current environment's
 * error string and unwinds to the innermost waserror() label.
 */
#include "all.h"

void
error(char *err)
{
	if(up == nil)
		panic("error with no process: %s", err);
	if(err != up->env->errstr)
		strecpy(up->env->errstr, up->env->errstr+ERRMAX, err);
	nexterror();
}

void
errorf(char *fmt, ...)
{
	va_list arg;
	char buf[ERRMAX];

	va_start(arg, fmt);
	vseprint(buf, buf+sizeof(buf), fmt, arg);
	va_end(arg);
	error(buf);
}

void
nexterror(void)
{
	if(up->nerrlab <= 0)
		panic("error with no label: %s", up->env->errstr);
	gotolabel(&up->errlab[--up->nerrlab]);
	for(;;);	/* not reached; says so to the compiler */
}

void
exhausted(char *resource)
{
	char buf[ERRMAX];

	snprint(buf, sizeof buf, "no free %s", resource);
	error(buf);
}

/* Set the error string from a format, for callers that return -1 rather than raise. */
void
kwerrstr(char *fmt, ...)
{
	va_list arg;

	if(up == nil)
		return;
	va_start(arg, fmt);
	vseprint(up->env->errstr, up->env->errstr+ERRMAX, fmt, arg);
	va_end(arg);
}

/* Swap buf with the error string, as Sys->errstr does. */
void
kerrstr(char *buf, uint n)
{
	char tmp[ERRMAX];

	if(n > ERRMAX)
		n = ERRMAX;
	strecpy(tmp, tmp+sizeof tmp, up->env->errstr);
	strecpy(up->env->errstr, up->env->errstr+ERRMAX, buf);
	strecpy(buf, buf+n, tmp);
}

void
kgerrstr(char *buf, uint n)
{
	strecpy(buf, buf+n, up != nil ? up->env->errstr : "no process");
}

/* libkern's hook behind %r */
void
rerrstr(char *buf, uint n)
{
	kgerrstr(buf, n);
}
