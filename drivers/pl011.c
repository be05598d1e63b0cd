/*
 * The ARM PL011 UART as the console: output by polling (any
 * context, interrupts on or off), input by interrupt into the
 * keyboard queue (kbdputc). One UART, the console's.
 */
#include "all.h"
#include "drivers.h"

enum {
	DR = 0x00,
	FR = 0x18,
		RXFE = 1<<4,
		TXFF = 1<<5,
	IBRD = 0x24,
	FBRD = 0x28,
	LCRH = 0x2C,
		FEN = 1<<4,
		WLEN8 = 3<<5,
	CR = 0x30,
		UARTEN = 1<<0,
		TXE = 1<<8,
		RXE = 1<<9,
	IFLS = 0x34,
	IMSC = 0x38,
		RXIM = 1<<4,
		RTIM = 1<<6,
	ICR = 0x44,
};

static volatile u32int *uart;
static uchar early[32];		/* input that came before the console's queue, for pl011intr */
static int nearly;

#define R(r)	uart[(r)/4]

static void
drain(void)
{
	while((R(FR) & RXFE) == 0 && nearly < (int)sizeof early)
		early[nearly++] = R(DR);
}

/*
 * 115200 8N1 with the FIFOs on, for a 24 MHz reference clock (QEMU
 * ignores the rate). Switching the FIFOs on empties them (QEMU does),
 * so what was typed before is taken out first and kept.
 */
void
pl011init(uintptr base)
{
	uart = (u32int*)base;
	R(IMSC) = 0;
	R(ICR) = 0x7FF;
	drain();
	if(R(LCRH) != (WLEN8 | FEN)){
		R(CR) = 0;
		R(IBRD) = 13;
		R(FBRD) = 1;
		drain();
		R(LCRH) = WLEN8 | FEN;
	}
	R(IFLS) = 0;		/* receive interrupt at 1/8 full, and on timeout */
	R(CR) = UARTEN | TXE | RXE;
}

void
pl011putc(int c)
{
	if(uart == nil)
		return;
	while(R(FR) & TXFF)
		;
	R(DR) = c;
}

static void
pl011rx(void *ureg, void *a)
{
	USED(ureg, a);
	R(ICR) = RXIM | RTIM;	/* before draining: a byte that comes after raises it again */
	while((R(FR) & RXFE) == 0)
		kbdputc(R(DR) & 0xFF);
}

void
pl011intr(int irq)
{
	int i, s;

	intrenable(irq, pl011rx, nil, "pl011");
	s = splhi();
	for(i = 0; i < nearly; i++)
		kbdputc(early[i]);
	nearly = 0;
	R(IMSC) = RXIM | RTIM;
	pl011rx(nil, nil);	/* what came before the interrupt was on */
	splx(s);
}
