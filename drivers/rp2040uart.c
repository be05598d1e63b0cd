/*
 * The RP2040's UART0 is a PL011 (pl011.c): here only its wiring, TX
 * on GP0 and RX on GP1 as on a Pico. The caller has taken UART0,
 * IO_BANK0 and PADS_BANK0 out of reset.
 */
#include "all.h"
#include "drivers.h"

enum {
	Iobank0 = 0x40014000,
	Funcuart = 2,		/* GPIOn_CTRL FUNCSEL */
};

#define GPIOCTRL(n)	(*(volatile u32int*)(uintptr)(Iobank0 + 4 + 8*(n)))

/* base: UART0; clk: clk_peri in Hz. */
void
rp2040uartinit(uintptr base, ulong clk)
{
	pl011init(base, clk);
	GPIOCTRL(0) = Funcuart;
	GPIOCTRL(1) = Funcuart;
}
