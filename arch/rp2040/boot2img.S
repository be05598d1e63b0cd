/*
 * The 256 bytes of boot2 (boot/rp2040/boot2.S assembled alone and
 * given its CRC by tools/pico/picoimg) at the start of flash; the
 * link keeps it by the symbol boot2 (-u boot2).
 */
	.section .boot2, "a"
	.globl	boot2
boot2:
	.incbin	BOOT2BIN
