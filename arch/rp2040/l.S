/*
 * The rp2040 arch's assembly: the vector table (which boot2 hands to
 * the CPU), reset, Labels, the start of a kernel proc, and the three
 * exceptions that are not plain C: HardFault (a Ureg for fault()),
 * PendSV (the preemption point of every interrupt) and the return path
 * of a preempted thread. Thumb only (ARMv6-M): stm/ldm take r0-r7,
 * r8-r11 go through low registers.
 */
	.syntax	unified
	.cpu	cortex-m0plus
	.thumb

/* 16 system exceptions, then 32 interrupts; VTOR needs 256-byte alignment */
	.section .vectors, "a"
	.align	8
	.globl	vectors
vectors:
	.word	_estack
	.word	_start
	.word	nmihandler
	.word	hardfaulthandler
	.rept	7
	.word	badexception
	.endr
	.word	badexception	/* SVCall: not used */
	.word	badexception
	.word	badexception
	.word	pendsvhandler
	.word	badexception	/* SysTick: not used (the RP2040 timer is the clock) */
	.rept	32
	.word	irqhandler
	.endr

	.text

/* Reset, from boot2 (MSP and VTOR set) or a debugger: .data from flash, .bss zeroed, then C. */
	.globl	_start
	.type	_start, %function
	.thumb_func
_start:
	cpsid	i
	ldr	r0, =_estack
	mov	sp, r0
	ldr	r0, =_sdata
	ldr	r1, =_edata
	ldr	r2, =_sidata
1:	cmp	r0, r1
	bhs	2f
	ldmia	r2!, {r3}
	stmia	r0!, {r3}
	b	1b
2:	ldr	r0, =_sbss
	ldr	r1, =_ebss
	movs	r2, #0
3:	cmp	r0, r1
	bhs	4f
	stmia	r0!, {r2}
	b	3b
4:	bl	archmain
5:	wfi
	b	5b
	.size	_start, .-_start

/* int setlabel(Label*): 0 now, 1 when gotolabel returns to it. Label: sp, pc, r4-r11. */
	.globl	setlabel
	.type	setlabel, %function
	.thumb_func
setlabel:
	mov	r1, sp
	mov	r2, lr
	stmia	r0!, {r1, r2, r4, r5, r6, r7}
	mov	r1, r8
	mov	r2, r9
	mov	r3, r10
	stmia	r0!, {r1, r2, r3}
	mov	r1, r11
	str	r1, [r0]
	movs	r0, #0
	bx	lr
	.size	setlabel, .-setlabel

/* void gotolabel(Label*) */
	.globl	gotolabel
	.type	gotolabel, %function
	.thumb_func
gotolabel:
	ldr	r1, [r0, #24]
	mov	r8, r1
	ldr	r1, [r0, #28]
	mov	r9, r1
	ldr	r1, [r0, #32]
	mov	r10, r1
	ldr	r1, [r0, #36]
	mov	r11, r1
	ldr	r1, [r0, #0]
	mov	sp, r1
	ldr	r1, [r0, #4]
	mov	lr, r1
	adds	r0, #8
	ldmia	r0!, {r4, r5, r6, r7}
	movs	r0, #1
	bx	lr
	.size	gotolabel, .-gotolabel

/* A new kernel proc's first instructions: fn(arg) from r4, r5 (kprocchild). */
	.globl	kprocentry
	.type	kprocentry, %function
	.thumb_func
kprocentry:
	mov	r0, r5
	blx	r4
1:	wfi
	b	1b
	.size	kprocentry, .-kprocentry

/*
 * HardFault: a Ureg on the main stack (r4-r11, EXC_RETURN, then the
 * frame the CPU stacked; we never use the process stack) for fault(),
 * which panics, or changes the stacked pc to progfaultentry for a
 * fault in a Prog's instructions and returns here to take it.
 */
	.globl	hardfaulthandler
	.type	hardfaulthandler, %function
	.thumb_func
hardfaulthandler:
	sub	sp, #40
	mov	r0, sp
	stmia	r0!, {r4, r5, r6, r7}
	mov	r1, r8
	mov	r2, r9
	mov	r3, r10
	stmia	r0!, {r1, r2, r3}
	mov	r1, r11
	mov	r2, lr
	movs	r3, #0
	stmia	r0!, {r1, r2, r3}
	mov	r0, sp
	bl	fault
	ldr	r0, [sp, #32]
	add	sp, #40
	bx	r0
	.size	hardfaulthandler, .-hardfaulthandler

/*
 * PendSV, the lowest priority, runs last on the way out of every
 * interrupt, only into thread mode. If there is a current proc, it
 * stacks a second frame below the interrupted one that returns to
 * preemptentry, so the scheduler runs as ordinary thread code.
 */
	.globl	pendsvhandler
	.type	pendsvhandler, %function
	.thumb_func
pendsvhandler:
	ldr	r0, =up
	ldr	r0, [r0]
	cmp	r0, #0
	beq	1f
	mov	r0, sp
	subs	r0, #32
	ldr	r1, =preemptentry
	movs	r2, #1
	bics	r1, r2
	str	r1, [r0, #24]
	ldr	r1, =0x01000000		/* xPSR: Thumb, thread */
	str	r1, [r0, #28]
	mov	sp, r0
1:	bx	lr
	.size	pendsvhandler, .-pendsvhandler

/*
 * Thread mode, sp at the interrupted code's frame (r0-r3, r12, lr,
 * pc, xpsr, and a pad word if xpsr bit 9 says the CPU aligned the
 * stack). After preempted() (which may switch procs and come back
 * later) it restores that context exactly: r12 and lr, then r0-r3 and
 * pc rewritten at the top of the frame and popped, flags set last.
 */
	.globl	preemptentry
	.type	preemptentry, %function
	.thumb_func
preemptentry:
	bl	preempted
	ldr	r3, [sp, #16]
	mov	r12, r3
	ldr	r3, [sp, #20]
	mov	lr, r3
	ldr	r1, [sp, #28]
	ldr	r2, [sp, #24]
	movs	r3, #1
	orrs	r2, r3
	mov	r0, sp
	lsls	r3, r1, #22
	bpl	1f
	adds	r0, #4
1:	str	r2, [r0, #28]
	ldr	r3, [sp, #12]
	str	r3, [r0, #24]
	ldr	r3, [sp, #8]
	str	r3, [r0, #20]
	ldr	r3, [sp, #4]
	str	r3, [r0, #16]
	ldr	r3, [sp, #0]
	str	r3, [r0, #12]
	adds	r0, #12
	msr	APSR_nzcvq, r1
	mov	sp, r0
	pop	{r0, r1, r2, r3}
	pop	{pc}
	.size	preemptentry, .-preemptentry

	.ltorg
