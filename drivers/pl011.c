/*
 * The ARM PL011 UART as the console: output by polling (any
 * context, interrupts on or off), input by interrupt into the
 * keyboard queue (kbdputc). One UART, the console's: QEMU virt's,
 * or the RP2040's UART0 (rp2040uart.c wires its pins).
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

	Baud = 115200,
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
 * 115200 8N1 with the FIFOs on, from reference clock clk (Hz). With
 * clk 0 (QEMU's virt, whose rate is 24 MHz and ignored) a UART the
 * firmware has already set up for 8 bits with FIFOs is left as it is.
 * Switching the FIFOs on empties them (QEMU does), so what was typed
 * before is taken out first and kept.
 */
void
pl011init(uintptr base, ulong clk)
{
	ulong div;

	uart = (u32int*)base;
	R(IMSC) = 0;
	R(ICR) = 0x7FF;
	drain();
	if(clk != 0 || R(LCRH) != (WLEN8 | FEN)){
		if(clk == 0)
			clk = 24000000;
		div = (8*clk/Baud + 1) / 2;	/* clk/(16*Baud) in 64ths, rounded */
		R(CR) = 0;
		R(IBRD) = div >> 6;
		R(FBRD) = div & 0x3F;
		drain();
		R(LCRH) = WLEN8 | FEN;	/* also latches the divisor */
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
