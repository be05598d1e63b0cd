/*
 * The RP2040's UART0 (an ARM PL011) as the console, on GP0 (TX) and
 * GP1 (RX) as on a Pico: 115200 8N1 from clk_peri, output by polling
 * (any context, interrupts on or off), input by interrupt into the
 * keyboard queue (kbdputc). The caller has taken UART0, IO_BANK0 and
 * PADS_BANK0 out of reset.
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

	Iobank0 = 0x40014000,
	Funcuart = 2,		/* GPIOn_CTRL FUNCSEL */
	Baud = 115200,
};

static volatile u32int *uart;

#define R(r)	uart[(r)/4]
#define GPIOCTRL(n)	(*(volatile u32int*)(uintptr)(Iobank0 + 4 + 8*(n)))

/* base: UART0 or UART1; clk: clk_peri in Hz. */
void
rp2040uartinit(uintptr base, ulong clk)
{
	ulong div;

	uart = (u32int*)base;
	R(CR) = 0;
	R(IMSC) = 0;
	R(ICR) = 0x7FF;
	/* divisor in 1/64ths: clk/(16*baud), rounded */
	div = (8*clk/Baud + 1) / 2;
	R(IBRD) = div >> 6;
	R(FBRD) = div & 0x3F;
	R(LCRH) = WLEN8 | FEN;	/* also latches the divisor */
	R(IFLS) = 0;		/* receive interrupt at 1/8 full, and on timeout */
	GPIOCTRL(0) = Funcuart;
	GPIOCTRL(1) = Funcuart;
	R(CR) = UARTEN | TXE | RXE;
}

void
rp2040uartputc(int c)
{
	if(uart == nil)
		return;
	while(R(FR) & TXFF)
		;
	R(DR) = c;
}

static void
rp2040uartrx(void *ureg, void *a)
{
	USED(ureg, a);
	R(ICR) = RXIM | RTIM;	/* before draining: a byte that comes after raises it again */
	while((R(FR) & RXFE) == 0)
		kbdputc(R(DR) & 0xFF);
}

void
rp2040uartintr(int irq)
{
	int s;

	intrenable(irq, rp2040uartrx, nil, "uart0");
	s = splhi();
	R(IMSC) = RXIM | RTIM;
	rp2040uartrx(nil, nil);	/* what came before the interrupt was on */
	splx(s);
}
