/* Interfaces of the hardware drivers in drivers/, for the arch code that wires them up. */

/* pl011.c: ARM PrimeCell UART */
void	pl011init(uintptr, ulong);	/* base address, reference clock Hz (0: QEMU's, as set up); output works from here on */
void	pl011putc(int);
void	pl011intr(int);		/* take input by interrupt on this line, to kbdputc */

/* gic.c: ARM Generic Interrupt Controller, v2 or v3 */
int	gicinit(int, uintptr, uintptr);	/* version, distributor, CPU interface (v2) or redistributor (v3); 0 or -1 */
void	gicenable(int, int);		/* INTID, edge-triggered (SPIs only) */
int	gicack(void);			/* the pending INTID, or -1 if spurious */
void	giceoi(int);

/* ns16550.c: the PC's 16550 UART (COM1), by I/O port (the arch's inb/outb) */
void	ns16550init(int);		/* I/O port base; output works from here on */
void	ns16550putc(int);
void	ns16550intr(int);		/* take input by interrupt on this irq, to kbdputc */

/* rp2040uart.c: the RP2040's UART0 on GP0/GP1, a PL011 (pl011putc, pl011intr) */
void	rp2040uartinit(uintptr, ulong);	/* base address, clk_peri Hz; output works from here on */

/* virtiommio.c (with virtio.c, virtioblk.c): virtio devices on MMIO; virtio.h has the rest */
void	virtiommio(uintptr, int);	/* a "virtio,mmio" slot: registers, INTID */
void	virtiolink(void);		/* probe the slots, start the drivers (#S's sdV0 ...); from a proc */

/* virtiopci.c (with virtio.c, virtioblk.c): virtio 1.0 devices on PCI (pci.h: the arch's PCI) */
void	virtiopcilink(void);		/* find them, start their drivers (#S's sdV0 ...); from a proc */
