/*
 * panic: the kernel cannot go on. Print why, where and what ran, then
 * power off with a failure status, so that a test run ends rather
 * than hangs.
 */
#include "all.h"

enum { Panicstatus = 2 };

static int panicking;

void
panic(char *fmt, ...)
{
	va_list arg;
	char buf[PRINTSIZE];

	splhi();
	if(panicking++){
		uartputs("panic: recursive panic\n", 23);
		archpoweroff(Panicstatus);
	}
	va_start(arg, fmt);
	vseprint(buf, buf+sizeof buf, fmt, arg);
	va_end(arg);
	iprint("panic: %s\n", buf);
	if(up != nil)
		iprint("panic: in proc %lud (%s)\n", up->pid, up->text);
	dumpstack();
	archpoweroff(Panicstatus);
}

/* Print straight to the console, bypassing everything that might sleep or lock. */
void
iprint(char *fmt, ...)
{
	va_list arg;
	char buf[PRINTSIZE], *e;
	int s;

	s = splhi();
	va_start(arg, fmt);
	e = vseprint(buf, buf+sizeof buf, fmt, arg);
	va_end(arg);
	uartputs(buf, e - buf);
	splx(s);
}
