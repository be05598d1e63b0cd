/*
 * The host console: stdout is the UART's transmitter; a host thread
 * reads stdin into a ring and raises IRQcons, whose handler feeds
 * the bytes to the keyboard (devcons). When stdin is a terminal it is
 * put in raw mode (the kernel echoes) and restored at exit.
 */
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <errno.h>
#include "all.h"
#include "host.h"

enum { Nring = 4096 };

int	hosttyped;

/* Single producer (the reader thread), single consumer (the IRQ handler). */
static struct {
	uchar	buf[Nring];
	_Atomic uint	w;
	_Atomic uint	r;
	_Atomic int	eof;
	int	eofseen;
	int	istty;
	struct termios	saved;
} cons;

/* Bytes read from stdin that the kernel has not taken yet. */
static uint
pending(void)
{
	return atomic_load(&cons.w) - atomic_load(&cons.r);
}

/*
 * The kernel takes input only as fast as its keyboard queue has room,
 * so nothing is dropped: while the ring holds bytes it has not taken,
 * they are offered again every millisecond, and stdin is read only
 * while the ring has room for a whole read.
 */
static void*
reader(void *a)
{
	uchar buf[256];
	int i, n;
	struct timespec ms = { 0, 1000000 };
	struct pollfd p;

	USED(a);
	for(;;){
		while(pending() > 0){
			hostintr(IRQcons);
			if(pending() > Nring - sizeof buf){
				nanosleep(&ms, nil);
				continue;
			}
			p.fd = 0;
			p.events = POLLIN;
			p.revents = 0;
			if(poll(&p, 1, 1) != 0)
				break;
		}
		n = read(0, buf, sizeof buf);
		if(n < 0 && errno == EINTR)
			continue;
		if(n <= 0){
			while(pending() > 0){
				hostintr(IRQcons);
				nanosleep(&ms, nil);
			}
			atomic_store(&cons.eof, 1);
			hostintr(IRQcons);
			return nil;
		}
		for(i = 0; i < n; i++){
			cons.buf[atomic_load(&cons.w) % Nring] = buf[i];
			atomic_fetch_add(&cons.w, 1);
		}
		hostintr(IRQcons);
	}
}

static void
consintr(void *ureg, void *a)
{
	uint r;

	USED(ureg, a);
	/* no more than the keyboard queue takes: the rest waits in the ring, and the reader holds stdin back */
	while((r = atomic_load(&cons.r)) != atomic_load(&cons.w) && kbdroom() > 0){
		kbdputc(cons.buf[r % Nring]);
		atomic_store(&cons.r, r+1);
	}
	if(pending() == 0 && atomic_load(&cons.eof) && !cons.eofseen){
		cons.eofseen = 1;
		kbdeof();
	}
}

void
hostconsrestore(void)
{
	if(cons.istty)
		tcsetattr(0, TCSANOW, &cons.saved);
}

void
hostconsinit(void)
{
	struct termios t;
	pthread_t tid;
	sigset_t set, old;

	if(isatty(0) && tcgetattr(0, &cons.saved) == 0){
		cons.istty = 1;
		t = cons.saved;
		t.c_iflag &= ~(IGNBRK|BRKINT|PARMRK|ISTRIP|INLCR|IGNCR|ICRNL|IXON);
		t.c_lflag &= ~(ECHO|ECHONL|ICANON|ISIG|IEXTEN);
		t.c_cflag |= CS8;
		t.c_cc[VMIN] = 1;
		t.c_cc[VTIME] = 0;
		tcsetattr(0, TCSANOW, &t);
		atexit(hostconsrestore);
	}
	/* a pipe or a file on stdin is data, not typing (unless -i): no editing, no ^C, nothing dropped */
	consedit = cons.istty || hosttyped;
	intrenable(IRQcons, consintr, nil, "cons");
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, &old);
	if(pthread_create(&tid, nil, reader, nil) != 0)
		hostfatal("cannot start the console thread");
	pthread_sigmask(SIG_SETMASK, &old, nil);
}

/* Does the kernel echo what is typed? Only when the host terminal no longer does. */
int
consecho(void)
{
	return cons.istty;
}

void
uartputs(char *s, int n)
{
	int w, x;

	x = splhi();
	while(n > 0){
		w = write(1, s, n);
		if(w < 0){
			if(errno == EINTR)
				continue;
			break;
		}
		s += w;
		n -= w;
	}
	splx(x);
}

void
hostfatal(char *msg)
{
	char buf[256];
	int n;

	n = snprint(buf, sizeof buf, "ember: fatal: %s\n", msg);
	if(write(2, buf, n) < 0)
		_exit(3);
	hostconsrestore();
	_exit(3);
}

void
archpoweroff(int status)
{
	hostconsrestore();
	exit(status);
}
