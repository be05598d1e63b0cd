/*
 * Ember's second-stage boot loader for the RP2040 with a Winbond W25Q
 * flash (the Pico's W25Q16JV). The bootrom copies the first 256 bytes
 * of flash to 0x20041F00, checks that bytes 252-255 are the
 * CRC-32/MPEG-2 of bytes 0-251 (tools/pico/picoimg appends it) and
 * runs it there with the ring oscillator as clk_sys. It:
 *	- sets the SSI to standard SPI, 8-bit frames, clk_sys/4;
 *	- reads status register 2 (35h) and, if the quad enable bit is
 *	  clear, sets it (06h write enable, 01h write SR1 = 0, SR2 = QE)
 *	  and polls status register 1 (05h) until the write is done;
 *	- sends one fast quad I/O read (EBh, address and mode bits A0h
 *	  on four lines, 4 wait cycles), which leaves the flash in
 *	  continuous read mode;
 *	- sets the SSI's XIP mode to send only the address and the A0h
 *	  mode bits on four lines, so XIP reads skip the command byte;
 *	- sets VTOR to the kernel's vector table at 0x10000100, loads
 *	  MSP from it and jumps to its reset vector.
 * Position independent (PC-relative only), so it also runs in place
 * at 0x10000000. The SSI is a Synopsys DW_apb_ssi (datasheet §4.10).
 */
	.syntax	unified
	.cpu	cortex-m0plus
	.thumb

	.equ	SSI, 0x18000000
	.equ	CTRLR0, 0x00
	.equ	CTRLR1, 0x04
	.equ	SSIENR, 0x08
	.equ	BAUDR, 0x14
	.equ	SR, 0x28
	.equ	DR0, 0x60
	.equ	RXSAMPLEDLY, 0xF0
	.equ	SPICTRLR0, 0xF4

	.equ	SRBUSY, 1
	.equ	SRTFE, 4

	/* CTRLR0 */
	.equ	DFS8, 7<<16
	.equ	DFS32, 31<<16
	.equ	FRFQUAD, 2<<21
	.equ	TMODEEPROM, 3<<8
	/* SPI_CTRLR0 */
	.equ	ADDR32, 8<<2		/* 24 address bits and 8 mode bits */
	.equ	WAIT4, 4<<11
	.equ	INST8, 2<<8
	.equ	INSTSTD, 1		/* command on one line, address on four */
	.equ	ALLQUAD, 2		/* everything on four lines */
	.equ	MODEA0, 0xA0		/* W25Q continuous read: the next read needs no command */

	.equ	VECTORS, 0x10000100
	.equ	VTOR, 0xE000ED08

	.text
	.globl	_start
	.type	_start, %function
	.thumb_func
_start:
	ldr	r3, =SSI
	movs	r1, #0
	str	r1, [r3, #SSIENR]
	movs	r1, #4
	str	r1, [r3, #BAUDR]
	movs	r1, #1
	movs	r2, #RXSAMPLEDLY
	str	r1, [r3, r2]
	ldr	r1, =DFS8
	str	r1, [r3, #CTRLR0]
	movs	r1, #1
	str	r1, [r3, #SSIENR]

	movs	r0, #0x35
	bl	readsr
	movs	r2, #2
	tst	r0, r2
	bne	quad

	movs	r1, #0x06
	str	r1, [r3, #DR0]
	bl	idle
	ldr	r1, [r3, #DR0]
	movs	r1, #0x01
	str	r1, [r3, #DR0]
	movs	r1, #0
	str	r1, [r3, #DR0]
	movs	r1, #2
	str	r1, [r3, #DR0]
	bl	idle
	ldr	r1, [r3, #DR0]
	ldr	r1, [r3, #DR0]
	ldr	r1, [r3, #DR0]
1:	movs	r0, #0x05
	bl	readsr
	movs	r2, #SRBUSY
	tst	r0, r2
	bne	1b

quad:
	movs	r1, #0
	str	r1, [r3, #SSIENR]
	ldr	r1, =FRFQUAD|DFS32|TMODEEPROM
	str	r1, [r3, #CTRLR0]
	movs	r1, #0
	str	r1, [r3, #CTRLR1]
	ldr	r1, =ADDR32|WAIT4|INST8|INSTSTD
	movs	r2, #SPICTRLR0
	str	r1, [r3, r2]
	movs	r1, #1
	str	r1, [r3, #SSIENR]
	movs	r1, #0xEB
	str	r1, [r3, #DR0]
	movs	r1, #MODEA0
	str	r1, [r3, #DR0]
	bl	idle

	movs	r1, #0
	str	r1, [r3, #SSIENR]
	ldr	r1, =(MODEA0<<24)|ADDR32|WAIT4|ALLQUAD
	movs	r2, #SPICTRLR0
	str	r1, [r3, r2]
	movs	r1, #1
	str	r1, [r3, #SSIENR]

	ldr	r0, =VECTORS
	ldr	r1, =VTOR
	str	r0, [r1]
	ldmia	r0!, {r1, r2}
	msr	msp, r1
	bx	r2

/* r0 = a read-status command: send it and a dummy byte; the second byte received is the register */
readsr:
	push	{lr}
	str	r0, [r3, #DR0]
	str	r0, [r3, #DR0]
	bl	idle
	ldr	r0, [r3, #DR0]
	ldr	r0, [r3, #DR0]
	pop	{pc}

/* until the transmit FIFO is empty and the SSI is idle; uses r1, r2 */
idle:
	ldr	r1, [r3, #SR]
	movs	r2, #SRTFE
	tst	r1, r2
	beq	idle
	movs	r2, #SRBUSY
	tst	r1, r2
	bne	idle
	bx	lr

	.ltorg
