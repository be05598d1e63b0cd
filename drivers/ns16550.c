/*
 * The 16550 UART (a PC's COM1) as the console: output by polling
 * (any context, interrupts on or off), input by interrupt into the
 * keyboard queue (kbdputc). One UART, the console's, reached by I/O
 * port with the arch's inb/outb.
 */
#include "all.h"
#include "drivers.h"

enum {
	Rbr = 0,		/* receive buffer (read) */
	Thr = 0,		/* transmit holding (write) */
	Dll = 0,		/* divisor latch, with Dlab */
	Ier = 1,
		Erda = 1<<0,	/* received data available */
	Dlm = 1,
	Iir = 2,		/* read */
	Fcr = 2,		/* write */
		Fenable = 1<<0,
		Frxclear = 1<<1,
		Ftxclear = 1<<2,
		Ftrig1 = 0<<6,	/* interrupt at 1 byte */
	Lcr = 3,
		Wlen8 = 3,
		Dlab = 1<<7,
	Mcr = 4,
		Dtr = 1<<0,
		Rts = 1<<1,
		Out2 = 1<<3,	/* gates the interrupt line on PCs */
	Lsr = 5,
		Dr = 1<<0,
		Thre = 1<<5,

	Baud = 115200,
	Clock = 1843200,	/* the crystal: divisor = Clock/16/baud */
	Maxpoll = 100000,	/* an absent UART never empties its THR */
};

static int port;
static uchar early[512];	/* input that came before the console's queue (a paste, a pipe), for ns16550intr */
static int nearly;

static void
drain(void)
{
	while((inb(port+Lsr) & Dr) && nearly < (int)sizeof early)
		early[nearly++] = inb(port+Rbr);
}

/* 115200 8N1 with the FIFOs on; what was typed before is kept. */
void
ns16550init(int base)
{
	int div;

	port = base;
	outb(port+Ier, 0);
	div = Clock/16/Baud;
	outb(port+Lcr, Dlab);
	outb(port+Dll, div & 0xFF);
	outb(port+Dlm, div >> 8);
	outb(port+Lcr, Wlen8);
	/* turning the FIFOs on empties them: take what is there just before */
	drain();
	outb(port+Fcr, Fenable | Ftrig1);
	outb(port+Mcr, Dtr | Rts | Out2);
}

void
ns16550putc(int c)
{
	int i;

	if(port == 0)
		return;
	for(i = 0; i < Maxpoll && (inb(port+Lsr) & Thre) == 0; i++)
		;
	outb(port+Thr, c);
}

static void
ns16550rx(void *ureg, void *a)
{
	USED(ureg, a);
	while(inb(port+Lsr) & Dr)
		kbdputc(inb(port+Rbr));
	inb(port+Iir);
}

void
ns16550intr(int irq)
{
	int i, s;

	intrenable(irq, ns16550rx, nil, "ns16550");
	s = splhi();
	for(i = 0; i < nearly; i++)
		kbdputc(early[i]);
	nearly = 0;
	outb(port+Ier, Erda);
	ns16550rx(nil, nil);	/* what came before the interrupt was on */
	splx(s);
}
