/*
 * amd64 entry, context switch and trap entry. A multiboot (v1) loader
 * (QEMU's -kernel, GRUB) starts _start in 32-bit protected mode with
 * paging off, EAX = 0x2BADB002 and EBX = the multiboot information.
 * _start clears bss, identity-maps the low 4 GiB in 2 MiB pages,
 * switches to long mode, turns on SSE and calls archmain(magic, info);
 * mmu.c then replaces the boot map with one from the memory map.
 */
#include "mem.h"

	.cfi_sections	.debug_frame	/* kernel.ld discards .eh_frame; debuggers read this */

	.section .text.boot, "ax"
	.code32
	.balign	4
/* The multiboot header, with the a.out kludge's load addresses: QEMU refuses an ELF64 without them. */
mbheader:
	.long	MBMAGIC
	.long	MBFLAGS
	.long	-(MBMAGIC+MBFLAGS)
	.long	mbheader		/* header_addr */
	.long	KTZERO			/* load_addr */
	.long	edata			/* load_end_addr */
	.long	end			/* bss_end_addr */
	.long	_start			/* entry_addr */

	.globl	_start
_start:
	cli
	cld
	movl	%eax, bootmagic
	movl	%ebx, bootinfo

	/* bss (loaders clear it too, but need not) */
	movl	$bss, %edi
	movl	$ebss, %ecx
	subl	%edi, %ecx
	shrl	$2, %ecx
	xorl	%eax, %eax
	rep stosl

	/* boot page tables: PML4[0] -> PDPT, PDPT[0..3] -> 4 PDs of 2 MiB pages = the low 4 GiB */
	movl	$bootpdpt, %eax
	orl	$3, %eax
	movl	%eax, bootpml4
	movl	$bootpd, %eax
	orl	$3, %eax
	movl	$bootpdpt, %edi
	movl	$4, %ecx
1:	movl	%eax, (%edi)
	addl	$4096, %eax
	addl	$8, %edi
	loop	1b
	movl	$bootpd, %edi
	movl	$0x83, %eax		/* present, writable, 2 MiB */
	xorl	%edx, %edx		/* the high word of the address */
	movl	$2048, %ecx
2:	movl	%eax, (%edi)
	movl	%edx, 4(%edi)
	addl	$0x200000, %eax
	adcl	$0, %edx
	addl	$8, %edi
	loop	2b

	/* long mode: PAE, CR3, EFER.LME, then paging */
	movl	%cr4, %eax
	orl	$CR4PAE, %eax
	movl	%eax, %cr4
	movl	$bootpml4, %eax
	movl	%eax, %cr3
	movl	$MSREFER, %ecx
	rdmsr
	orl	$EFERLME, %eax
	wrmsr
	movl	%cr0, %eax
	orl	$(CR0PG|CR0PE), %eax
	movl	%eax, %cr0
	lgdt	gdtptr
	ljmp	$KCSEL, $long64

	.code64
long64:
	.cfi_startproc
	.cfi_undefined rip		/* the outermost frame, for debuggers */
	movw	$KDSEL, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	movw	%ax, %fs
	movw	%ax, %gs
	movq	$(bootstack+BOOTSTACK), %rsp
	/* SSE: no emulation, no lazy switching (every trap saves it) */
	movq	%cr0, %rax
	andq	$~(CR0EM|CR0TS), %rax
	orq	$CR0MP, %rax
	movq	%rax, %cr0
	movq	%cr4, %rax
	orq	$(CR4OSFXSR|CR4OSXMMEXCPT), %rax
	movq	%rax, %cr4
	fninit
	ldmxcsr	mxcsr0
	xorl	%ebp, %ebp
	movl	bootmagic, %edi
	movl	bootinfo, %esi
	call	archmain
3:	cli
	hlt
	jmp	3b
	.cfi_endproc

	.data
	.balign	8
	.globl	gdt
gdt:
	.quad	0
	.quad	0x00209A0000000000	/* KCSEL: 64-bit code, present, ring 0 */
	.quad	0x0000920000000000	/* KDSEL: data, present, writable */
	.quad	0, 0			/* TSSSEL: the TSS, filled by trapinit */
gdtend:
gdtptr:
	.word	gdtend-gdt-1
	.long	gdt
bootmagic:
	.long	0
bootinfo:
	.long	0
mxcsr0:
	.long	0x1F80			/* all SSE exceptions masked, round to nearest */

	.text

/* int setlabel(Label*): 0 now, 1 when gotolabel returns to it */
	.globl	setlabel
setlabel:
	movq	(%rsp), %rax
	leaq	8(%rsp), %rdx
	movq	%rdx, 0(%rdi)
	movq	%rax, 8(%rdi)
	movq	%rbx, 16(%rdi)
	movq	%rbp, 24(%rdi)
	movq	%r12, 32(%rdi)
	movq	%r13, 40(%rdi)
	movq	%r14, 48(%rdi)
	movq	%r15, 56(%rdi)
	xorl	%eax, %eax
	ret

/* void gotolabel(Label*) */
	.globl	gotolabel
gotolabel:
	movq	16(%rdi), %rbx
	movq	24(%rdi), %rbp
	movq	32(%rdi), %r12
	movq	40(%rdi), %r13
	movq	48(%rdi), %r14
	movq	56(%rdi), %r15
	movq	0(%rdi), %rsp
	movl	$1, %eax
	jmpq	*8(%rdi)

/* A new kernel proc's first code: kprocchild put fn in rbx, arg in r12. */
	.globl	kprocentry
kprocentry:
	.cfi_startproc
	.cfi_undefined rip		/* the outermost frame, for debuggers */
	xorl	%ebp, %ebp
	movq	%r12, %rdi
	call	*%rbx
4:	cli
	hlt
	jmp	4b
	.cfi_endproc

/* Reload the segment registers after trapinit's lgdt. */
	.globl	gdtload
gdtload:
	movw	$KDSEL, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	pushq	$KCSEL
	leaq	5f(%rip), %rax
	pushq	%rax
	lretq
5:	ret

/*
 * The 256 trap entries, 16 bytes apart: each pushes a zero where the
 * CPU pushes no error code, then its vector, and goes to trapcommon.
 */
	.balign	16
	.globl	vectors
vectors:
	.set	vn, 0
	.rept	256
	.balign	16
	.if	vn == 8 || vn == 10 || vn == 11 || vn == 12 || vn == 13 || vn == 14 || vn == 17 || vn == 21 || vn == 29 || vn == 30
	.else
	pushq	$0
	.endif
	pushq	$vn
	jmp	trapcommon
	.set	vn, vn+1
	.endr

/*
 * Every trap saves the whole register file as a Ureg on the current
 * stack, the FP/SSE state (fxsave) below it, makes a frame record so
 * that backtraces go on into the interrupted code, and calls
 * trap(Ureg*). trap may switch procs, so an interrupted proc's state
 * stays on its own stack until it runs again.
 */
trapcommon:
	pushq	%rax
	pushq	%rbx
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	pushq	%rdi
	pushq	%rbp
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, %rbx
	pushq	UREGPC(%rbx)
	pushq	%rbp
	movq	%rsp, %rbp
	subq	$FXSAVESIZE, %rsp
	andq	$~15, %rsp
	fxsave64 (%rsp)
	cld
	movq	%rbx, %rdi
	call	trap
	fxrstor64 (%rsp)
	movq	%rbx, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rbp
	popq	%rdi
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rbx
	popq	%rax
	addq	$16, %rsp		/* vector and error code */
	iretq

	.bss
	.balign	4096
bootpml4:
	.space	4096
bootpdpt:
	.space	4096
bootpd:
	.space	4*4096
	.balign	16
bootstack:
	.space	BOOTSTACK
	.section .note.GNU-stack,"",@progbits
