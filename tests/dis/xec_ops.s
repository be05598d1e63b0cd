# Made by gen/xec_ops.py: the arithmetic, conversion, branch, string, array, list and case-table opcode, with the results worked out from ref/dis-isa.md.
# Each check prints a line only if it fails; the last line counts them.
	module	XecOps
	source	"xec_ops.s"
	entry	init, $4
	datasize	1168
	desc	$0, 1168, "ea00003c0000000000000000000000000000000000000000fdb636c6d8db1b636c6d8001f0"
	desc	$1, 48, "0080"
	desc	$2, 48, "0080"
	desc	$3, 56, ""
	desc	$4, 160, "00c003a0"
	desc	$5, 56, ""
	desc	$6, 4, ""
	desc	$7, 40, "0080"
	desc	$8, 16, "90"
	desc	$9, 48, "0030"

init:
	load	0(mp), $0, 4(mp)
	movw	$4, 60(fp)
	addw	$3, 60(fp)
	frame	$3, 100(fp)
	movw	$1, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$7, 40(100(fp))
	call	100(fp), chk
	subw	$1, $10, 60(fp)
	frame	$3, 100(fp)
	movw	$2, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$9, 40(100(fp))
	call	100(fp), chk
	movw	$65537, 60(fp)
	mulw	60(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$3, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$131073, 40(100(fp))
	call	100(fp), chk
	movw	$-7, 64(fp)
	divw	$3, 64(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$4, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-2, 40(100(fp))
	call	100(fp), chk
	modw	$3, 64(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$5, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-1, 40(100(fp))
	call	100(fp), chk
	movw	28(mp), 64(fp)
	divw	$-1, 64(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$6, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	32(mp), 40(100(fp))
	call	100(fp), chk
	modw	$-1, 64(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$7, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	shlw	$33, $1, 60(fp)
	frame	$3, 100(fp)
	movw	$8, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	shrw	$1, $-8, 60(fp)
	frame	$3, 100(fp)
	movw	$9, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-4, 40(100(fp))
	call	100(fp), chk
	lsrw	$28, $-1, 60(fp)
	frame	$3, 100(fp)
	movw	$10, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$15, 40(100(fp))
	call	100(fp), chk
	andw	$12, $10, 60(fp)
	frame	$3, 100(fp)
	movw	$11, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$8, 40(100(fp))
	call	100(fp), chk
	orw	$12, $10, 60(fp)
	frame	$3, 100(fp)
	movw	$12, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$14, 40(100(fp))
	call	100(fp), chk
	xorw	$12, $10, 60(fp)
	frame	$3, 100(fp)
	movw	$13, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$6, 40(100(fp))
	call	100(fp), chk
	xorw	$-1, $5, 60(fp)
	frame	$3, 100(fp)
	movw	$14, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-6, 40(100(fp))
	call	100(fp), chk
	movw	$100, 64(fp)
	movw	$7, 108(fp)
	subw	108(fp), 64(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$15, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$93, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	movb	$200, 60(fp)
	addb	$100, 60(fp)
	frame	$3, 100(fp)
	movw	$16, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$44, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	movb	$200, 64(fp)
	divb	$3, 64(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$17, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$66, 40(100(fp))
	call	100(fp), chk
	modb	$7, 64(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$18, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$4, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	movb	$31, 64(fp)
	shlb	$4, 64(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$19, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$240, 40(100(fp))
	call	100(fp), chk
	shrb	$2, 64(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$20, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$7, 40(100(fp))
	call	100(fp), chk
	cvtwb	$300, 64(fp)
	cvtbw	64(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$21, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$44, 40(100(fp))
	call	100(fp), chk
	movb	$200, 64(fp)
	movb	$100, 65(fp)
	movw	$0, 60(fp)
	bltb	64(fp), 65(fp), L1
	movw	$1, 60(fp)
L1:
	frame	$3, 100(fp)
	movw	$22, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bgtb	64(fp), 65(fp), L2
	movw	$1, 60(fp)
L2:
	frame	$3, 100(fp)
	movw	$23, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$3, 64(fp)
	movw	$3, 108(fp)
	movw	$0, 60(fp)
	beqw	64(fp), 108(fp), L3
	movw	$1, 60(fp)
L3:
	frame	$3, 100(fp)
	movw	$24, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	beqw	64(fp), $3, L4
	movw	$1, 60(fp)
L4:
	frame	$3, 100(fp)
	movw	$25, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$3, 64(fp)
	movw	$4, 108(fp)
	movw	$0, 60(fp)
	beqw	64(fp), 108(fp), L5
	movw	$1, 60(fp)
L5:
	frame	$3, 100(fp)
	movw	$26, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	beqw	64(fp), $4, L6
	movw	$1, 60(fp)
L6:
	frame	$3, 100(fp)
	movw	$27, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movw	$3, 64(fp)
	movw	$4, 108(fp)
	movw	$0, 60(fp)
	bnew	64(fp), 108(fp), L7
	movw	$1, 60(fp)
L7:
	frame	$3, 100(fp)
	movw	$28, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bnew	64(fp), $4, L8
	movw	$1, 60(fp)
L8:
	frame	$3, 100(fp)
	movw	$29, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$-1, 64(fp)
	movw	$0, 108(fp)
	movw	$0, 60(fp)
	bltw	64(fp), 108(fp), L9
	movw	$1, 60(fp)
L9:
	frame	$3, 100(fp)
	movw	$30, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bltw	64(fp), $0, L10
	movw	$1, 60(fp)
L10:
	frame	$3, 100(fp)
	movw	$31, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$0, 64(fp)
	movw	$-1, 108(fp)
	movw	$0, 60(fp)
	bltw	64(fp), 108(fp), L11
	movw	$1, 60(fp)
L11:
	frame	$3, 100(fp)
	movw	$32, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bltw	64(fp), $-1, L12
	movw	$1, 60(fp)
L12:
	frame	$3, 100(fp)
	movw	$33, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movw	$2, 64(fp)
	movw	$2, 108(fp)
	movw	$0, 60(fp)
	blew	64(fp), 108(fp), L13
	movw	$1, 60(fp)
L13:
	frame	$3, 100(fp)
	movw	$34, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	blew	64(fp), $2, L14
	movw	$1, 60(fp)
L14:
	frame	$3, 100(fp)
	movw	$35, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$2, 64(fp)
	movw	$2, 108(fp)
	movw	$0, 60(fp)
	bgtw	64(fp), 108(fp), L15
	movw	$1, 60(fp)
L15:
	frame	$3, 100(fp)
	movw	$36, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bgtw	64(fp), $2, L16
	movw	$1, 60(fp)
L16:
	frame	$3, 100(fp)
	movw	$37, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movw	$3, 64(fp)
	movw	$2, 108(fp)
	movw	$0, 60(fp)
	bgtw	64(fp), 108(fp), L17
	movw	$1, 60(fp)
L17:
	frame	$3, 100(fp)
	movw	$38, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bgtw	64(fp), $2, L18
	movw	$1, 60(fp)
L18:
	frame	$3, 100(fp)
	movw	$39, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$2, 64(fp)
	movw	$2, 108(fp)
	movw	$0, 60(fp)
	bgew	64(fp), 108(fp), L19
	movw	$1, 60(fp)
L19:
	frame	$3, 100(fp)
	movw	$40, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bgew	64(fp), $2, L20
	movw	$1, 60(fp)
L20:
	frame	$3, 100(fp)
	movw	$41, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$1, 64(fp)
	movw	$2, 108(fp)
	movw	$0, 60(fp)
	bgew	64(fp), 108(fp), L21
	movw	$1, 60(fp)
L21:
	frame	$3, 100(fp)
	movw	$42, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bgew	64(fp), $2, L22
	movw	$1, 60(fp)
L22:
	frame	$3, 100(fp)
	movw	$43, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movl	40(mp), 72(fp)
	addl	40(mp), 72(fp)
	cvtlw	72(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$44, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-2, 40(100(fp))
	call	100(fp), chk
	movl	48(mp), 72(fp)
	cvtwl	$-1, 112(fp)
	divl	112(fp), 72(fp)
	beql	72(fp), 48(mp), L_b1
	frame	$3, 100(fp)
	movw	$45, 32(100(fp))
	movw	$0, 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
L_b1:
	movl	56(mp), 72(fp)
	cvtwl	$7, 112(fp)
	modl	112(fp), 72(fp)
	cvtlw	72(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$46, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	cvtwl	$1, 72(fp)
	shll	$65, 72(fp)
	cvtlw	72(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$47, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	movl	48(mp), 72(fp)
	shrl	$63, 72(fp)
	cvtlw	72(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$48, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-1, 40(100(fp))
	call	100(fp), chk
	movl	48(mp), 72(fp)
	lsrl	$63, 72(fp)
	cvtlw	72(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$49, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movl	56(mp), 72(fp)
	shrl	$32, 72(fp)
	cvtlw	72(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$50, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$232, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bltl	48(mp), 40(mp), L23
	movw	$1, 60(fp)
L23:
	frame	$3, 100(fp)
	movw	$51, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	cvtwl	$3, 112(fp)
	expl	$3, 112(fp), 72(fp)
	cvtlw	72(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$52, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$27, 40(100(fp))
	call	100(fp), chk
	cvtfw	64(mp), 60(fp)
	frame	$3, 100(fp)
	movw	$53, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$3, 40(100(fp))
	call	100(fp), chk
	cvtfw	72(mp), 60(fp)
	frame	$3, 100(fp)
	movw	$54, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-3, 40(100(fp))
	call	100(fp), chk
	cvtfw	80(mp), 60(fp)
	frame	$3, 100(fp)
	movw	$55, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	cvtfl	72(mp), 72(fp)
	cvtlw	72(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$56, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-3, 40(100(fp))
	call	100(fp), chk
	addf	64(mp), 80(mp), 80(fp)
	cvtfw	80(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$57, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$4, 40(100(fp))
	call	100(fp), chk
	mulf	64(mp), 72(mp), 80(fp)
	negf	80(fp), 80(fp)
	mulf	64(mp), 80(fp)
	cvtfw	80(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$58, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$16, 40(100(fp))
	call	100(fp), chk
	divf	64(mp), 80(mp), 80(fp)
	mulf	64(mp), 80(fp)
	cvtfw	80(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$59, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	cvtwf	$7, 80(fp)
	expf	$-2, 80(fp), 80(fp)
	mulf	96(mp), 80(fp)
	movw	$0, 60(fp)
	bltf	72(mp), 64(mp), L24
	movw	$1, 60(fp)
L24:
	frame	$3, 100(fp)
	movw	$60, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bgef	72(mp), 64(mp), L25
	movw	$1, 60(fp)
L25:
	frame	$3, 100(fp)
	movw	$61, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	cvtrf	64(mp), 80(fp)
	cvtfr	64(mp), 60(fp)
	cvtrf	60(fp), 80(fp)
	cvtfw	80(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$62, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$3, 40(100(fp))
	call	100(fp), chk
	cvtws	$-2, 60(fp)
	cvtsw	60(fp), 64(fp)
	frame	$3, 100(fp)
	movw	$63, 32(100(fp))
	movw	64(fp), 36(100(fp))
	movw	$-2, 40(100(fp))
	call	100(fp), chk
	movw	$-8, 28(fp)
	mulx	$768, $512, 60(fp)
	frame	$3, 100(fp)
	movw	$64, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1536, 40(100(fp))
	call	100(fp), chk
	movw	$8, 28(fp)
	divx	$2, $3, 60(fp)
	frame	$3, 100(fp)
	movw	$65, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$384, 40(100(fp))
	call	100(fp), chk
	cvtxx	$3, $4, 60(fp)
	frame	$3, 100(fp)
	movw	$66, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$48, 40(100(fp))
	call	100(fp), chk
	cvtxx	$3, $-1, 60(fp)
	frame	$3, 100(fp)
	movw	$67, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	movw	$2, 28(fp)
	movw	$4, 20(fp)
	mulx0	$7, $6, 60(fp)
	frame	$3, 100(fp)
	movw	$68, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$42, 40(100(fp))
	call	100(fp), chk
	movw	$3, 20(fp)
	divx0	$4, $6, 60(fp)
	frame	$3, 100(fp)
	movw	$69, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$18, 40(100(fp))
	call	100(fp), chk
	movw	$2, 20(fp)
	cvtxx0	$5, $3, 60(fp)
	frame	$3, 100(fp)
	movw	$70, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$20, 40(100(fp))
	call	100(fp), chk
	movw	$-4, 28(fp)
	movw	$3, 20(fp)
	mulx1	$7, $6, 60(fp)
	frame	$3, 100(fp)
	movw	$71, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$7, 40(100(fp))
	call	100(fp), chk
	movw	$-3, 28(fp)
	movw	$1, 20(fp)
	mulx1	$7, $-5, 60(fp)
	frame	$3, 100(fp)
	movw	$72, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-17, 40(100(fp))
	call	100(fp), chk
	movw	$-4, 28(fp)
	movw	$4, 20(fp)
	divx1	$3, $6, 60(fp)
	frame	$3, 100(fp)
	movw	$73, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$4, 40(100(fp))
	call	100(fp), chk
	movw	$5, 20(fp)
	cvtxx1	$10, $-4, 60(fp)
	frame	$3, 100(fp)
	movw	$74, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	mulx0	$7, $0, 60(fp)
	frame	$3, 100(fp)
	movw	$75, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	cvtfx	64(mp), 80(mp), 60(fp)
	frame	$3, 100(fp)
	movw	$76, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$4, 40(100(fp))
	call	100(fp), chk
	cvtxf	$3, 64(mp), 80(fp)
	cvtfw	80(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$77, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$8, 40(100(fp))
	call	100(fp), chk
	expw	$10, $2, 60(fp)
	frame	$3, 100(fp)
	movw	$78, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1024, 40(100(fp))
	call	100(fp), chk
	expw	$-1, $2, 60(fp)
	frame	$3, 100(fp)
	movw	$79, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	expw	$-3, $-1, 60(fp)
	frame	$3, 100(fp)
	movw	$80, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-1, 40(100(fp))
	call	100(fp), chk
	expw	$0, $0, 60(fp)
	frame	$3, 100(fp)
	movw	$81, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	lenc	104(mp), 60(fp)
	frame	$3, 100(fp)
	movw	$82, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$5, 40(100(fp))
	call	100(fp), chk
	lenc	24(mp), 60(fp)
	frame	$3, 100(fp)
	movw	$83, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	addc	108(mp), 104(mp), 88(fp)
	lenc	88(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$84, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$10, 40(100(fp))
	call	100(fp), chk
	indc	88(fp), $5, 60(fp)
	frame	$3, 100(fp)
	movw	$85, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$119, 40(100(fp))
	call	100(fp), chk
	movp	88(fp), 92(fp)
	slicec	$3, $7, 92(fp)
	lenc	92(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$86, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$4, 40(100(fp))
	call	100(fp), chk
	indc	92(fp), $0, 60(fp)
	frame	$3, 100(fp)
	movw	$87, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$108, 40(100(fp))
	call	100(fp), chk
	insc	$0x263A, $1, 92(fp)
	indc	92(fp), $1, 60(fp)
	frame	$3, 100(fp)
	movw	$88, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$9786, 40(100(fp))
	call	100(fp), chk
	indc	88(fp), $6, 60(fp)
	frame	$3, 100(fp)
	movw	$89, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$111, 40(100(fp))
	call	100(fp), chk
	addc	112(mp), 88(fp)
	lenc	88(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$90, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$13, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	bltc	112(mp), 104(mp), L26
	movw	$1, 60(fp)
L26:
	frame	$3, 100(fp)
	movw	$91, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$0, 60(fp)
	beqc	24(mp), 24(mp), L27
	movw	$1, 60(fp)
L27:
	frame	$3, 100(fp)
	movw	$92, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	cvtcw	116(mp), 60(fp)
	frame	$3, 100(fp)
	movw	$93, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-123, 40(100(fp))
	call	100(fp), chk
	cvtwc	$-4567, 96(fp)
	cvtcw	96(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$94, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$-4567, 40(100(fp))
	call	100(fp), chk
	cvtwc	$42, 96(fp)
	lenc	96(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$95, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	cvtca	104(mp), 104(fp)
	lena	104(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$96, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$5, 40(100(fp))
	call	100(fp), chk
	indb	104(fp), 108(fp), $1
	movw	$0, 60(fp)
	movb	0(108(fp)), 60(fp)
	frame	$3, 100(fp)
	movw	$97, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$101, 40(100(fp))
	call	100(fp), chk
	cvtac	104(fp), 96(fp)
	movw	$0, 60(fp)
	beqc	96(fp), 104(mp), L28
	movw	$1, 60(fp)
L28:
	frame	$3, 100(fp)
	movw	$98, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	newa	$5, $6, 104(fp)
	lena	104(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$99, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$5, 40(100(fp))
	call	100(fp), chk
	indw	104(fp), 108(fp), $0
	movw	$0, 0(108(fp))
	indw	104(fp), 108(fp), $1
	movw	$10, 0(108(fp))
	indw	104(fp), 108(fp), $2
	movw	$20, 0(108(fp))
	indw	104(fp), 108(fp), $3
	movw	$30, 0(108(fp))
	indw	104(fp), 108(fp), $4
	movw	$40, 0(108(fp))
	movw	$3, 64(fp)
	indw	104(fp), 108(fp), 64(fp)
	frame	$3, 100(fp)
	movw	$100, 32(100(fp))
	movw	0(108(fp)), 36(100(fp))
	movw	$30, 40(100(fp))
	call	100(fp), chk
	movp	104(fp), 96(fp)
	slicea	$1, $4, 96(fp)
	lena	96(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$101, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$3, 40(100(fp))
	call	100(fp), chk
	indw	96(fp), 108(fp), $0
	frame	$3, 100(fp)
	movw	$102, 32(100(fp))
	movw	0(108(fp)), 36(100(fp))
	movw	$10, 40(100(fp))
	call	100(fp), chk
	slicela	96(fp), $2, 104(fp)
	indw	104(fp), 108(fp), $4
	frame	$3, 100(fp)
	movw	$103, 32(100(fp))
	movw	0(108(fp)), 36(100(fp))
	movw	$30, 40(100(fp))
	call	100(fp), chk
	indw	104(fp), 108(fp), $3
	frame	$3, 100(fp)
	movw	$104, 32(100(fp))
	movw	0(108(fp)), 36(100(fp))
	movw	$20, 40(100(fp))
	call	100(fp), chk
	indx	104(fp), 108(fp), $2
	frame	$3, 100(fp)
	movw	$105, 32(100(fp))
	movw	0(108(fp)), 36(100(fp))
	movw	$10, 40(100(fp))
	call	100(fp), chk
	movp	24(mp), 88(fp)
	consw	$1, 88(fp)
	consw	$2, 88(fp)
	consw	$3, 88(fp)
	lenl	88(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$106, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$3, 40(100(fp))
	call	100(fp), chk
	headw	88(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$107, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$3, 40(100(fp))
	call	100(fp), chk
	tail	88(fp), 92(fp)
	headw	92(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$108, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	consp	104(mp), 92(fp)
	headp	92(fp), 96(fp)
	lenc	96(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$109, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$5, 40(100(fp))
	call	100(fp), chk
	lenl	92(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$110, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$3, 40(100(fp))
	call	100(fp), chk
	movp	24(mp), 96(fp)
	movw	$0, 64(fp)
	case	64(fp), 120(mp)
L29_0:
	movw	$100, 60(fp)
	jmp	L29_e
L29_1:
	movw	$101, 60(fp)
	jmp	L29_e
L29_2:
	movw	$102, 60(fp)
	jmp	L29_e
L29_d:
	movw	$103, 60(fp)
L29_e:
	frame	$3, 100(fp)
	movw	$111, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$100, 40(100(fp))
	call	100(fp), chk
	movw	$5, 64(fp)
	case	64(fp), 164(mp)
L30_0:
	movw	$100, 60(fp)
	jmp	L30_e
L30_1:
	movw	$101, 60(fp)
	jmp	L30_e
L30_2:
	movw	$102, 60(fp)
	jmp	L30_e
L30_d:
	movw	$103, 60(fp)
L30_e:
	frame	$3, 100(fp)
	movw	$112, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$101, 40(100(fp))
	call	100(fp), chk
	movw	$10, 64(fp)
	case	64(fp), 208(mp)
L31_0:
	movw	$100, 60(fp)
	jmp	L31_e
L31_1:
	movw	$101, 60(fp)
	jmp	L31_e
L31_2:
	movw	$102, 60(fp)
	jmp	L31_e
L31_d:
	movw	$103, 60(fp)
L31_e:
	frame	$3, 100(fp)
	movw	$113, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$102, 40(100(fp))
	call	100(fp), chk
	movw	$6, 64(fp)
	case	64(fp), 252(mp)
L32_0:
	movw	$100, 60(fp)
	jmp	L32_e
L32_1:
	movw	$101, 60(fp)
	jmp	L32_e
L32_2:
	movw	$102, 60(fp)
	jmp	L32_e
L32_d:
	movw	$103, 60(fp)
L32_e:
	frame	$3, 100(fp)
	movw	$114, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$103, 40(100(fp))
	call	100(fp), chk
	movw	$-5, 64(fp)
	case	64(fp), 296(mp)
L33_0:
	movw	$100, 60(fp)
	jmp	L33_e
L33_1:
	movw	$101, 60(fp)
	jmp	L33_e
L33_2:
	movw	$102, 60(fp)
	jmp	L33_e
L33_d:
	movw	$103, 60(fp)
L33_e:
	frame	$3, 100(fp)
	movw	$115, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$103, 40(100(fp))
	call	100(fp), chk
	movw	$11, 64(fp)
	case	64(fp), 340(mp)
L34_0:
	movw	$100, 60(fp)
	jmp	L34_e
L34_1:
	movw	$101, 60(fp)
	jmp	L34_e
L34_2:
	movw	$102, 60(fp)
	jmp	L34_e
L34_d:
	movw	$103, 60(fp)
L34_e:
	frame	$3, 100(fp)
	movw	$116, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$103, 40(100(fp))
	call	100(fp), chk
	movl	472(mp), 72(fp)
	casel	72(fp), 384(mp)
L35_0:
	movw	$100, 60(fp)
	jmp	L35_e
L35_1:
	movw	$101, 60(fp)
	jmp	L35_e
L35_2:
	movw	$102, 60(fp)
	jmp	L35_e
L35_d:
	movw	$103, 60(fp)
L35_e:
	frame	$3, 100(fp)
	movw	$117, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$100, 40(100(fp))
	call	100(fp), chk
	movl	568(mp), 72(fp)
	casel	72(fp), 480(mp)
L36_0:
	movw	$100, 60(fp)
	jmp	L36_e
L36_1:
	movw	$101, 60(fp)
	jmp	L36_e
L36_2:
	movw	$102, 60(fp)
	jmp	L36_e
L36_d:
	movw	$103, 60(fp)
L36_e:
	frame	$3, 100(fp)
	movw	$118, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$103, 40(100(fp))
	call	100(fp), chk
	movl	664(mp), 72(fp)
	casel	72(fp), 576(mp)
L37_0:
	movw	$100, 60(fp)
	jmp	L37_e
L37_1:
	movw	$101, 60(fp)
	jmp	L37_e
L37_2:
	movw	$102, 60(fp)
	jmp	L37_e
L37_d:
	movw	$103, 60(fp)
L37_e:
	frame	$3, 100(fp)
	movw	$119, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$101, 40(100(fp))
	call	100(fp), chk
	movl	760(mp), 72(fp)
	casel	72(fp), 672(mp)
L38_0:
	movw	$100, 60(fp)
	jmp	L38_e
L38_1:
	movw	$101, 60(fp)
	jmp	L38_e
L38_2:
	movw	$102, 60(fp)
	jmp	L38_e
L38_d:
	movw	$103, 60(fp)
L38_e:
	frame	$3, 100(fp)
	movw	$120, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$102, 40(100(fp))
	call	100(fp), chk
	casec	768(mp), 792(mp)
L39_0:
	movw	$100, 60(fp)
	jmp	L39_e
L39_1:
	movw	$101, 60(fp)
	jmp	L39_e
L39_2:
	movw	$102, 60(fp)
	jmp	L39_e
L39_d:
	movw	$103, 60(fp)
L39_e:
	frame	$3, 100(fp)
	movw	$121, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$100, 40(100(fp))
	call	100(fp), chk
	casec	780(mp), 836(mp)
L40_0:
	movw	$100, 60(fp)
	jmp	L40_e
L40_1:
	movw	$101, 60(fp)
	jmp	L40_e
L40_2:
	movw	$102, 60(fp)
	jmp	L40_e
L40_d:
	movw	$103, 60(fp)
L40_e:
	frame	$3, 100(fp)
	movw	$122, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$101, 40(100(fp))
	call	100(fp), chk
	casec	784(mp), 880(mp)
L41_0:
	movw	$100, 60(fp)
	jmp	L41_e
L41_1:
	movw	$101, 60(fp)
	jmp	L41_e
L41_2:
	movw	$102, 60(fp)
	jmp	L41_e
L41_d:
	movw	$103, 60(fp)
L41_e:
	frame	$3, 100(fp)
	movw	$123, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$101, 40(100(fp))
	call	100(fp), chk
	casec	0(mp), 924(mp)
L42_0:
	movw	$100, 60(fp)
	jmp	L42_e
L42_1:
	movw	$101, 60(fp)
	jmp	L42_e
L42_2:
	movw	$102, 60(fp)
	jmp	L42_e
L42_d:
	movw	$103, 60(fp)
L42_e:
	frame	$3, 100(fp)
	movw	$124, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$103, 40(100(fp))
	call	100(fp), chk
	casec	772(mp), 968(mp)
L43_0:
	movw	$100, 60(fp)
	jmp	L43_e
L43_1:
	movw	$101, 60(fp)
	jmp	L43_e
L43_2:
	movw	$102, 60(fp)
	jmp	L43_e
L43_d:
	movw	$103, 60(fp)
L43_e:
	frame	$3, 100(fp)
	movw	$125, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$102, 40(100(fp))
	call	100(fp), chk
	casec	776(mp), 1012(mp)
L44_0:
	movw	$100, 60(fp)
	jmp	L44_e
L44_1:
	movw	$101, 60(fp)
	jmp	L44_e
L44_2:
	movw	$102, 60(fp)
	jmp	L44_e
L44_d:
	movw	$103, 60(fp)
L44_e:
	frame	$3, 100(fp)
	movw	$126, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$103, 40(100(fp))
	call	100(fp), chk
	casec	788(mp), 1056(mp)
L45_0:
	movw	$100, 60(fp)
	jmp	L45_e
L45_1:
	movw	$101, 60(fp)
	jmp	L45_e
L45_2:
	movw	$102, 60(fp)
	jmp	L45_e
L45_d:
	movw	$103, 60(fp)
L45_e:
	frame	$3, 100(fp)
	movw	$127, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$102, 40(100(fp))
	call	100(fp), chk
	movw	$0, 64(fp)
	goto	64(fp), 1104(mp)
L46_0:
	movw	$100, 60(fp)
	jmp	L46_e
L46_1:
	movw	$101, 60(fp)
	jmp	L46_e
L46_2:
	movw	$102, 60(fp)
	jmp	L46_e
L46_d:
	movw	$103, 60(fp)
L46_e:
	frame	$3, 100(fp)
	movw	$128, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$100, 40(100(fp))
	call	100(fp), chk
	movw	$2, 64(fp)
	goto	64(fp), 1120(mp)
L47_0:
	movw	$100, 60(fp)
	jmp	L47_e
L47_1:
	movw	$101, 60(fp)
	jmp	L47_e
L47_2:
	movw	$102, 60(fp)
	jmp	L47_e
L47_d:
	movw	$103, 60(fp)
L47_e:
	frame	$3, 100(fp)
	movw	$129, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$102, 40(100(fp))
	call	100(fp), chk
	movw	$1, 64(fp)
	goto	64(fp), 1136(mp)
L48_0:
	movw	$100, 60(fp)
	jmp	L48_e
L48_1:
	movw	$101, 60(fp)
	jmp	L48_e
L48_2:
	movw	$102, 60(fp)
	jmp	L48_e
L48_d:
	movw	$103, 60(fp)
L48_e:
	frame	$3, 100(fp)
	movw	$130, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$101, 40(100(fp))
	call	100(fp), chk
	frame	$5, 116(fp)
	movw	$20, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), fib
	frame	$3, 100(fp)
	movw	$131, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$6765, 40(100(fp))
	call	100(fp), chk
	frame	$9, 116(fp)
	movw	$0, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), exc
	frame	$3, 100(fp)
	movw	$132, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	frame	$9, 116(fp)
	movw	$1, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), exc
	frame	$3, 100(fp)
	movw	$133, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	frame	$9, 116(fp)
	movw	$2, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), exc
	frame	$3, 100(fp)
	movw	$134, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$3, 40(100(fp))
	call	100(fp), chk
	frame	$9, 116(fp)
	movw	$3, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), exc
	frame	$3, 100(fp)
	movw	$135, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$4, 40(100(fp))
	call	100(fp), chk
	frame	$9, 116(fp)
	movw	$4, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), exc
	frame	$3, 100(fp)
	movw	$136, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	newcw	88(fp)
	frame	$7, 116(fp)
	movp	88(fp), 32(116(fp))
	movw	$42, 36(116(fp))
	spawn	116(fp), sender
	recv	88(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$137, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$42, 40(100(fp))
	call	100(fp), chk
	recv	88(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$138, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$43, 40(100(fp))
	call	100(fp), chk
	newcw	$2, 92(fp)
	send	$7, 92(fp)
	send	$8, 92(fp)
	recv	92(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$139, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$7, 40(100(fp))
	call	100(fp), chk
	recv	92(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$140, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$8, 40(100(fp))
	call	100(fp), chk
	load	1148(mp), $1, 1152(mp)
	mframe	1152(mp), $0, 116(fp)
	movw	$10, 32(116(fp))
	lea	60(fp), 16(116(fp))
	mcall	116(fp), $0, 1152(mp)
	frame	$3, 100(fp)
	movw	$141, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$55, 40(100(fp))
	call	100(fp), chk
	frame	$2, 116(fp)
	movp	16(mp), 32(116(fp))
	movw	12(mp), 36(116(fp))
	movw	20(mp), 40(116(fp))
	lea	64(fp), 16(116(fp))
	mcall	116(fp), $0, 4(mp)
	ret
chk:
	beqw	36(fp), 40(fp), chkok
	addw	$1, 20(mp)
	frame	$1, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	32(fp), 36(44(fp))
	movw	36(fp), 40(44(fp))
	movw	40(fp), 44(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret
chkok:
	addw	$1, 12(mp)
	ret
fib:
	bltw	32(fp), $2, fibret
	frame	$5, 40(fp)
	subw	$1, 32(fp), 32(40(fp))
	lea	44(fp), 16(40(fp))
	call	40(fp), fib
	frame	$5, 40(fp)
	subw	$2, 32(fp), 32(40(fp))
	lea	48(fp), 16(40(fp))
	call	40(fp), fib
	addw	44(fp), 48(fp), 0(16(fp))
	ret
fibret:
	movw	32(fp), 0(16(fp))
	ret
sum:
	movw	$0, 36(fp)
sumlp:
	beqw	32(fp), $0, sumret
	addw	32(fp), 36(fp)
	subw	$1, 32(fp)
	jmp	sumlp
sumret:
	movw	36(fp), 0(16(fp))
	ret
sender:
	send	36(fp), 32(fp)
	addw	$1, 36(fp)
	send	36(fp), 32(fp)
	ret
exc:
	movw	$1, 0(16(fp))
	beqw	32(fp), $0, exc0
	beqw	32(fp), $1, exc1
	beqw	32(fp), $2, exc2
	beqw	32(fp), $3, exc3
	movw	$0, 0(16(fp))
	ret
exc0:
	divw	$0, $1, 36(fp)
	ret
exc1:
	raise	1160(mp)
	ret
exc2:
	new	$8, 44(fp)
	movp	1164(mp), 0(44(fp))
	raise	44(fp)
	ret
exc3:
	movp	24(mp), 44(fp)
	movw	0(44(fp)), 36(fp)
	ret
excend:
h1:
	movw	$1, 0(16(fp))
	ret
h2:
	movw	$2, 0(16(fp))
	ret
h3:
	movw	$3, 0(16(fp))
	ret
h4:
	movw	$4, 0(16(fp))
	ret
hend:

	string	@mp+0, "$Sys"
	string	@mp+8, "check %d: got %d, want %d\n"
	string	@mp+16, "checks: %d right, %d wrong\n"
	word	@mp+28, -2147483648
	word	@mp+32, -2147483648
	big	@mp+40, 9223372036854775807
	big	@mp+48, -9223372036854775808
	big	@mp+56, 1000000000000
	real	@mp+64, 2.5
	real	@mp+72, -2.5
	real	@mp+80, 1.5
	real	@mp+88, 0.1
	real	@mp+96, 1e300
	string	@mp+104, "hello"
	string	@mp+108, "world"
	string	@mp+112, "abc"
	string	@mp+116, "  -123x"
	word	@mp+120, 3, 0, 1, L29_0, 1, 6, L29_1, 10, 11, L29_2, L29_d
	word	@mp+164, 3, 0, 1, L30_0, 1, 6, L30_1, 10, 11, L30_2, L30_d
	word	@mp+208, 3, 0, 1, L31_0, 1, 6, L31_1, 10, 11, L31_2, L31_d
	word	@mp+252, 3, 0, 1, L32_0, 1, 6, L32_1, 10, 11, L32_2, L32_d
	word	@mp+296, 3, 0, 1, L33_0, 1, 6, L33_1, 10, 11, L33_2, L33_d
	word	@mp+340, 3, 0, 1, L34_0, 1, 6, L34_1, 10, 11, L34_2, L34_d
	word	@mp+384, 3, 0
	big	@mp+392, -10
	big	@mp+400, -5
	word	@mp+408, L35_1, 0
	big	@mp+416, 5
	big	@mp+424, 6
	word	@mp+432, L35_0, 0
	big	@mp+440, 1099511627776
	big	@mp+448, 1099511627777
	word	@mp+456, L35_2, 0
	word	@mp+464, L35_d
	big	@mp+472, 5
	word	@mp+480, 3, 0
	big	@mp+488, -10
	big	@mp+496, -5
	word	@mp+504, L36_1, 0
	big	@mp+512, 5
	big	@mp+520, 6
	word	@mp+528, L36_0, 0
	big	@mp+536, 1099511627776
	big	@mp+544, 1099511627777
	word	@mp+552, L36_2, 0
	word	@mp+560, L36_d
	big	@mp+568, 6
	word	@mp+576, 3, 0
	big	@mp+584, -10
	big	@mp+592, -5
	word	@mp+600, L37_1, 0
	big	@mp+608, 5
	big	@mp+616, 6
	word	@mp+624, L37_0, 0
	big	@mp+632, 1099511627776
	big	@mp+640, 1099511627777
	word	@mp+648, L37_2, 0
	word	@mp+656, L37_d
	big	@mp+664, -7
	word	@mp+672, 3, 0
	big	@mp+680, -10
	big	@mp+688, -5
	word	@mp+696, L38_1, 0
	big	@mp+704, 5
	big	@mp+712, 6
	word	@mp+720, L38_0, 0
	big	@mp+728, 1099511627776
	big	@mp+736, 1099511627777
	word	@mp+744, L38_2, 0
	word	@mp+752, L38_d
	big	@mp+760, 1099511627776
	string	@mp+768, "apple"
	string	@mp+772, "mango"
	string	@mp+776, "zebra"
	string	@mp+780, "banana"
	string	@mp+784, "cherry"
	string	@mp+788, "quince"
	word	@mp+792, 3
	string	@mp+796, "apple"
	word	@mp+804, L39_0
	string	@mp+808, "b"
	string	@mp+812, "cherry"
	word	@mp+816, L39_1
	string	@mp+820, "m"
	string	@mp+824, "r"
	word	@mp+828, L39_2
	word	@mp+832, L39_d
	word	@mp+836, 3
	string	@mp+840, "apple"
	word	@mp+848, L40_0
	string	@mp+852, "b"
	string	@mp+856, "cherry"
	word	@mp+860, L40_1
	string	@mp+864, "m"
	string	@mp+868, "r"
	word	@mp+872, L40_2
	word	@mp+876, L40_d
	word	@mp+880, 3
	string	@mp+884, "apple"
	word	@mp+892, L41_0
	string	@mp+896, "b"
	string	@mp+900, "cherry"
	word	@mp+904, L41_1
	string	@mp+908, "m"
	string	@mp+912, "r"
	word	@mp+916, L41_2
	word	@mp+920, L41_d
	word	@mp+924, 3
	string	@mp+928, "apple"
	word	@mp+936, L42_0
	string	@mp+940, "b"
	string	@mp+944, "cherry"
	word	@mp+948, L42_1
	string	@mp+952, "m"
	string	@mp+956, "r"
	word	@mp+960, L42_2
	word	@mp+964, L42_d
	word	@mp+968, 3
	string	@mp+972, "apple"
	word	@mp+980, L43_0
	string	@mp+984, "b"
	string	@mp+988, "cherry"
	word	@mp+992, L43_1
	string	@mp+996, "m"
	string	@mp+1000, "r"
	word	@mp+1004, L43_2
	word	@mp+1008, L43_d
	word	@mp+1012, 3
	string	@mp+1016, "apple"
	word	@mp+1024, L44_0
	string	@mp+1028, "b"
	string	@mp+1032, "cherry"
	word	@mp+1036, L44_1
	string	@mp+1040, "m"
	string	@mp+1044, "r"
	word	@mp+1048, L44_2
	word	@mp+1052, L44_d
	word	@mp+1056, 3
	string	@mp+1060, "apple"
	word	@mp+1068, L45_0
	string	@mp+1072, "b"
	string	@mp+1076, "cherry"
	word	@mp+1080, L45_1
	string	@mp+1084, "m"
	string	@mp+1088, "r"
	word	@mp+1092, L45_2
	word	@mp+1096, L45_d
	word	@mp+1100, 3, L46_0, L46_1, L46_2
	word	@mp+1116, 3, L47_0, L47_1, L47_2
	word	@mp+1132, 3, L48_0, L48_1, L48_2
	string	@mp+1148, "$self"
	string	@mp+1156, "zero divide"
	string	@mp+1160, "boom: bang"
	string	@mp+1164, "Xec.E"

	link	init, $4, 0x4244b354, "init"
	link	sum, $5, 0x12345678, "sum"
	ldt	0
	ext	0xac849033, "print"
	ldt	1
	ext	0x12345678, "sum"
	handler	40(fp), exc0, excend, $9
	etype	"Xec.E", h3
	ecase	"zero divide", h1
	ecase	"boom*", h2
	ecase	"dereference of nil", h4
