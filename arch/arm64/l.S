/*
 * arm64 entry, exception vectors and context switch. QEMU starts the
 * kernel at _start at EL1 (or EL2 with virtualization=on) with the MMU
 * off, x0 the DTB from a loader that passes one (U-Boot's booti, QEMU's
 * raw Image path), 0 for QEMU's ELF path.
 */
#include "mem.h"

	.cfi_sections	.debug_frame	/* kernel.ld discards .eh_frame; debuggers read this */

	.section .text.boot, "ax"
	.globl	_start
_start:
	.cfi_startproc
	.cfi_undefined x30		/* the outermost frame, for debuggers */
	/*
	 * The arm64 Image header, so that the same bytes (objcopy -O binary)
	 * boot by U-Boot's booti: flags 2 (little-endian, 4K pages, placed
	 * at the start of RAM + text_offset, which booti moves it to), and
	 * text_offset puts it at its link address (kernel.ld).
	 */
	b	realstart		/* code0 */
	.long	0			/* code1 */
	.quad	KTZERO - 0x40000000	/* text_offset from the start of RAM */
	.quad	kernsize		/* image_size, bss included */
	.quad	2			/* flags */
	.quad	0, 0, 0
	.long	0x644d5241		/* magic, "ARM\x64" */
	.long	0
realstart:
	mov	x20, x0
	msr	daifset, #0xf
	mrs	x1, CurrentEL
	ubfx	x1, x1, #2, #2
	cmp	x1, #2
	b.ne	el1

	/* EL2: give EL1 the timer and FP, AArch64, then drop to EL1h with interrupts masked */
	mov	x1, #HCR_RW
	msr	hcr_el2, x1
	mrs	x1, cnthctl_el2
	orr	x1, x1, #3
	msr	cnthctl_el2, x1
	msr	cntvoff_el2, xzr
	mrs	x1, id_aa64pfr0_el1
	ubfx	x1, x1, #24, #4
	cbz	x1, 1f
	mrs	x1, ICC_SRE_EL2
	mov	x2, #9			/* SRE, Enable: EL1 may use the GICv3 system registers */
	orr	x1, x1, x2
	msr	ICC_SRE_EL2, x1
	isb
1:
	mov	x1, #0x33ff
	msr	cptr_el2, x1
	msr	hstr_el2, xzr
	ldr	x1, =SCTLR_RES1
	msr	sctlr_el1, x1
	mov	x1, #0x3c5		/* EL1h, DAIF set */
	msr	spsr_el2, x1
	adr	x1, el1
	msr	elr_el2, x1
	eret

el1:
	ldr	x1, =SCTLR_RES1		/* MMU and caches off until mmuinit */
	msr	sctlr_el1, x1
	mov	x1, #(3<<20)		/* CPACR_EL1.FPEN: no FP/SIMD traps */
	msr	cpacr_el1, x1
	isb
	msr	spsel, #1
	ldr	x1, =bootstack+BOOTSTACK
	mov	sp, x1
	ldr	x1, =bss
	ldr	x2, =ebss
2:	cmp	x1, x2
	b.hs	3f
	stp	xzr, xzr, [x1], #16
	b	2b
3:
	ldr	x1, =vectors
	msr	vbar_el1, x1
	isb
	mov	x29, #0
	mov	x30, #0
	mov	x0, x20
	bl	archmain
4:	wfi
	b	4b
	.cfi_endproc

	.text

/* int setlabel(Label*): 0 now, 1 when gotolabel returns to it */
	.globl	setlabel
setlabel:
	mov	x1, sp
	stp	x1, x30, [x0, #0]
	stp	x19, x20, [x0, #16]
	stp	x21, x22, [x0, #32]
	stp	x23, x24, [x0, #48]
	stp	x25, x26, [x0, #64]
	stp	x27, x28, [x0, #80]
	str	x29, [x0, #96]
	stp	d8, d9, [x0, #112]
	stp	d10, d11, [x0, #128]
	stp	d12, d13, [x0, #144]
	stp	d14, d15, [x0, #160]
	mov	x0, #0
	ret

/* void gotolabel(Label*) */
	.globl	gotolabel
gotolabel:
	ldp	x1, x30, [x0, #0]
	ldp	x19, x20, [x0, #16]
	ldp	x21, x22, [x0, #32]
	ldp	x23, x24, [x0, #48]
	ldp	x25, x26, [x0, #64]
	ldp	x27, x28, [x0, #80]
	ldr	x29, [x0, #96]
	ldp	d8, d9, [x0, #112]
	ldp	d10, d11, [x0, #128]
	ldp	d12, d13, [x0, #144]
	ldp	d14, d15, [x0, #160]
	mov	sp, x1
	mov	x0, #1
	ret

/* A new kernel proc's first code: kprocchild put fn in x19, arg in x20. */
	.globl	kprocentry
kprocentry:
	.cfi_startproc
	.cfi_undefined x30		/* the outermost frame, for debuggers */
	mov	x29, #0
	mov	x0, x20
	blr	x19
5:	wfi
	b	5b
	.cfi_endproc

/*
 * Exception vectors. Every exception saves the whole register file,
 * FP/SIMD included (the kernel is compiled with FP), as a Ureg on the
 * current stack and calls trap(Ureg*); trap may switch procs, so an
 * interrupted proc's state stays on its own stack until it runs again.
 */
.macro	vent type
	.balign	0x80
	sub	sp, sp, #UREGSIZE
	stp	x0, x1, [sp, #0]
	mov	x0, #\type
	b	trapsave
.endm

	.balign	0x800
	.globl	vectors
vectors:
	vent	Tbad		/* EL1t */
	vent	Tbad
	vent	Tbad
	vent	Tbad
	vent	Tsync		/* EL1h */
	vent	Tirq
	vent	Tfiq
	vent	Tserror
	vent	Tbad		/* lower EL, AArch64 */
	vent	Tbad
	vent	Tbad
	vent	Tbad
	vent	Tbad		/* lower EL, AArch32 */
	vent	Tbad
	vent	Tbad
	vent	Tbad

trapsave:
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x8, x9, [sp, #64]
	stp	x10, x11, [sp, #80]
	stp	x12, x13, [sp, #96]
	stp	x14, x15, [sp, #112]
	stp	x16, x17, [sp, #128]
	stp	x18, x19, [sp, #144]
	stp	x20, x21, [sp, #160]
	stp	x22, x23, [sp, #176]
	stp	x24, x25, [sp, #192]
	stp	x26, x27, [sp, #208]
	stp	x28, x29, [sp, #224]
	add	x1, sp, #UREGSIZE
	stp	x30, x1, [sp, #240]
	mrs	x1, elr_el1
	mrs	x2, spsr_el1
	stp	x1, x2, [sp, #256]
	mrs	x1, esr_el1
	mrs	x2, far_el1
	stp	x1, x2, [sp, #272]
	str	x0, [sp, #288]
	add	x0, sp, #UREGFP
	stp	q0, q1, [x0, #0]
	stp	q2, q3, [x0, #32]
	stp	q4, q5, [x0, #64]
	stp	q6, q7, [x0, #96]
	stp	q8, q9, [x0, #128]
	stp	q10, q11, [x0, #160]
	stp	q12, q13, [x0, #192]
	stp	q14, q15, [x0, #224]
	stp	q16, q17, [x0, #256]
	stp	q18, q19, [x0, #288]
	stp	q20, q21, [x0, #320]
	stp	q22, q23, [x0, #352]
	stp	q24, q25, [x0, #384]
	stp	q26, q27, [x0, #416]
	stp	q28, q29, [x0, #448]
	stp	q30, q31, [x0, #480]
	mrs	x1, fpsr
	mrs	x2, fpcr
	add	x3, x0, #512
	stp	x1, x2, [x3]
	/* a frame record, so that backtraces go on into the interrupted code */
	ldr	x1, [sp, #256]
	stp	x29, x1, [sp, #304]
	add	x29, sp, #304
	mov	x0, sp
	bl	trap

	add	x0, sp, #UREGFP
	ldp	q0, q1, [x0, #0]
	ldp	q2, q3, [x0, #32]
	ldp	q4, q5, [x0, #64]
	ldp	q6, q7, [x0, #96]
	ldp	q8, q9, [x0, #128]
	ldp	q10, q11, [x0, #160]
	ldp	q12, q13, [x0, #192]
	ldp	q14, q15, [x0, #224]
	ldp	q16, q17, [x0, #256]
	ldp	q18, q19, [x0, #288]
	ldp	q20, q21, [x0, #320]
	ldp	q22, q23, [x0, #352]
	ldp	q24, q25, [x0, #384]
	ldp	q26, q27, [x0, #416]
	ldp	q28, q29, [x0, #448]
	ldp	q30, q31, [x0, #480]
	add	x3, x0, #512
	ldp	x1, x2, [x3]
	msr	fpsr, x1
	msr	fpcr, x2
	ldp	x1, x2, [sp, #256]
	msr	elr_el1, x1
	msr	spsr_el1, x2
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldp	x8, x9, [sp, #64]
	ldp	x10, x11, [sp, #80]
	ldp	x12, x13, [sp, #96]
	ldp	x14, x15, [sp, #112]
	ldp	x16, x17, [sp, #128]
	ldp	x18, x19, [sp, #144]
	ldp	x20, x21, [sp, #160]
	ldp	x22, x23, [sp, #176]
	ldp	x24, x25, [sp, #192]
	ldp	x26, x27, [sp, #208]
	ldp	x28, x29, [sp, #224]
	ldr	x30, [sp, #240]
	ldp	x0, x1, [sp, #0]
	add	sp, sp, #UREGSIZE
	eret

	.bss
	.balign	16
bootstack:
	.space	BOOTSTACK
