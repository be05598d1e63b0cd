/* Interfaces of the hardware drivers in drivers/, for the arch code that wires them up. */

/* pl011.c: ARM PrimeCell UART */
void	pl011init(uintptr);		/* base address; output works from here on */
void	pl011putc(int);
void	pl011intr(int);		/* take input by interrupt on this line, to kbdputc */

/* gic.c: ARM Generic Interrupt Controller, v2 or v3 */
int	gicinit(int, uintptr, uintptr);	/* version, distributor, CPU interface (v2) or redistributor (v3); 0 or -1 */
void	gicenable(int, int);		/* INTID, edge-triggered (SPIs only) */
int	gicack(void);			/* the pending INTID, or -1 if spurious */
void	giceoi(int);
