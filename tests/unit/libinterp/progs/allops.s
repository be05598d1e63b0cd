# Every opcode once, in numerical order, with the operands it takes
# (not a program to run: the operands only have the right shapes).
	module	Allops
	datasize	16
	entry	top, $1

	desc	$0, 16, "f0"
	desc	$1, 64, ""
	desc	$2, 8, ""

top:
	nop
	alt	8(mp), 56(fp)
	nbalt	8(mp), 56(fp)
	goto	$5, 8(mp)
	call	32(0(mp)), top
	frame	$1, 60(fp)
	spawn	32(0(mp)), top
	runt
	load	32(0(mp)), $0, 60(fp)
	mcall	32(0(mp)), $0, 32(0(mp))
	mspawn	32(0(mp)), $0, 32(0(mp))
	mframe	32(0(mp)), $0, 60(fp)
	ret
	jmp	top
	case	$5, 8(mp)
	exit
	new	$1, 60(fp)
	newa	$5, $2, 60(fp)
	newcb	$2, 60(fp)
	newcw	$2, 60(fp)
	newcf	$2, 60(fp)
	newcp	$2, 60(fp)
	newcm	$5, $2, 60(fp)
	newcmp	$1, $2, 60(fp)
	send	40(fp), 32(0(mp))
	recv	32(0(mp)), 48(fp)
	consb	33(fp), 60(fp)
	consw	$5, 60(fp)
	consp	32(0(mp)), 60(fp)
	consf	48(fp), 60(fp)
	consm	40(fp), $0, 60(fp)
	consmp	40(fp), $2, 60(fp)
	headb	32(0(mp)), 56(fp)
	headw	32(0(mp)), 56(fp)
	headp	32(0(mp)), 60(fp)
	headf	32(0(mp)), 56(fp)
	headm	32(0(mp)), $0, 48(fp)
	headmp	32(0(mp)), $2, 48(fp)
	tail	32(0(mp)), 60(fp)
	lea	40(fp), 56(fp)
	indx	32(0(mp)), 52(fp), $5
	movp	32(0(mp)), 60(fp)
	movm	40(fp), $0, 48(fp)
	movmp	40(fp), $2, 48(fp)
	movb	33(fp), 56(fp)
	movw	$5, 56(fp)
	movf	48(fp), 56(fp)
	cvtbw	33(fp), 56(fp)
	cvtwb	$5, 56(fp)
	cvtfw	48(fp), 56(fp)
	cvtwf	$5, 56(fp)
	cvtca	32(0(mp)), 60(fp)
	cvtac	32(0(mp)), 60(fp)
	cvtwc	$5, 60(fp)
	cvtcw	32(0(mp)), 56(fp)
	cvtfc	48(fp), 60(fp)
	cvtcf	32(0(mp)), 56(fp)
	addb	33(fp), 4(mp), 56(fp)
	addw	$5, $0, 56(fp)
	addf	48(fp), 8(mp), 56(fp)
	subb	33(fp), 4(mp), 56(fp)
	subw	$5, $0, 56(fp)
	subf	48(fp), 8(mp), 56(fp)
	mulb	33(fp), 4(mp), 56(fp)
	mulw	$5, $0, 56(fp)
	mulf	48(fp), 8(mp), 56(fp)
	divb	33(fp), 4(mp), 56(fp)
	divw	$5, $0, 56(fp)
	divf	48(fp), 8(mp), 56(fp)
	modw	$5, $0, 56(fp)
	modb	33(fp), 4(mp), 56(fp)
	andb	33(fp), 4(mp), 56(fp)
	andw	$5, $0, 56(fp)
	orb	33(fp), 4(mp), 56(fp)
	orw	$5, $0, 56(fp)
	xorb	33(fp), 4(mp), 56(fp)
	xorw	$5, $0, 56(fp)
	shlb	$5, 4(mp), 56(fp)
	shlw	$5, $0, 56(fp)
	shrb	$5, 4(mp), 56(fp)
	shrw	$5, $0, 56(fp)
	insc	$5, $0, 60(fp)
	indc	32(0(mp)), $0, 56(fp)
	addc	32(0(mp)), 0(mp), 60(fp)
	lenc	32(0(mp)), 56(fp)
	lena	32(0(mp)), 56(fp)
	lenl	32(0(mp)), 56(fp)
	beqb	33(fp), 4(mp), top
	bneb	33(fp), 4(mp), top
	bltb	33(fp), 4(mp), top
	bleb	33(fp), 4(mp), top
	bgtb	33(fp), 4(mp), top
	bgeb	33(fp), 4(mp), top
	beqw	$5, $0, top
	bnew	$5, $0, top
	bltw	$5, $0, top
	blew	$5, $0, top
	bgtw	$5, $0, top
	bgew	$5, $0, top
	beqf	48(fp), 8(mp), top
	bnef	48(fp), 8(mp), top
	bltf	48(fp), 8(mp), top
	blef	48(fp), 8(mp), top
	bgtf	48(fp), 8(mp), top
	bgef	48(fp), 8(mp), top
	beqc	32(0(mp)), 0(mp), top
	bnec	32(0(mp)), 0(mp), top
	bltc	32(0(mp)), 0(mp), top
	blec	32(0(mp)), 0(mp), top
	bgtc	32(0(mp)), 0(mp), top
	bgec	32(0(mp)), 0(mp), top
	slicea	$5, $0, 60(fp)
	slicela	32(0(mp)), $0, 32(0(mp))
	slicec	$5, $0, 60(fp)
	indw	32(0(mp)), 52(fp), $5
	indf	32(0(mp)), 52(fp), $5
	indb	32(0(mp)), 52(fp), $5
	negf	48(fp), 56(fp)
	movl	40(fp), 56(fp)
	addl	40(fp), 8(mp), 56(fp)
	subl	40(fp), 8(mp), 56(fp)
	divl	40(fp), 8(mp), 56(fp)
	modl	40(fp), 8(mp), 56(fp)
	mull	40(fp), 8(mp), 56(fp)
	andl	40(fp), 8(mp), 56(fp)
	orl	40(fp), 8(mp), 56(fp)
	xorl	40(fp), 8(mp), 56(fp)
	shll	$5, 8(mp), 56(fp)
	shrl	$5, 8(mp), 56(fp)
	bnel	40(fp), 8(mp), top
	bltl	40(fp), 8(mp), top
	blel	40(fp), 8(mp), top
	bgtl	40(fp), 8(mp), top
	bgel	40(fp), 8(mp), top
	beql	40(fp), 8(mp), top
	cvtlf	40(fp), 56(fp)
	cvtfl	48(fp), 56(fp)
	cvtlw	40(fp), 56(fp)
	cvtwl	$5, 56(fp)
	cvtlc	40(fp), 60(fp)
	cvtcl	32(0(mp)), 56(fp)
	headl	32(0(mp)), 56(fp)
	consl	40(fp), 60(fp)
	newcl	$2, 60(fp)
	casec	32(0(mp)), 8(mp)
	indl	32(0(mp)), 52(fp), $5
	movpc	top, 56(fp)
	tcmp	32(0(mp)), 32(0(mp))
	mnewz	32(0(mp)), $0, 60(fp)
	cvtrf	40(fp), 56(fp)
	cvtfr	48(fp), 56(fp)
	cvtws	$5, 56(fp)
	cvtsw	36(fp), 56(fp)
	lsrw	$5, $0, 56(fp)
	lsrl	$5, 8(mp), 56(fp)
	eclr
	newz	$1, 60(fp)
	newaz	$5, $2, 60(fp)
	raise	32(0(mp))
	casel	40(fp), 8(mp)
	mulx	$5, $0, 56(fp)
	divx	$5, $0, 56(fp)
	cvtxx	$5, $0, 56(fp)
	mulx0	$5, $0, 56(fp)
	divx0	$5, $0, 56(fp)
	cvtxx0	$5, $0, 56(fp)
	mulx1	$5, $0, 56(fp)
	divx1	$5, $0, 56(fp)
	cvtxx1	$5, $0, 56(fp)
	cvtfx	48(fp), 8(mp), 56(fp)
	cvtxf	$5, 8(mp), 56(fp)
	expw	$5, $0, 56(fp)
	expl	$5, 8(mp), 56(fp)
	expf	$5, 8(mp), 56(fp)
	self	60(fp)

	link	top, $1, 0x4244b354, "init"

	ldt	0
	ext	0xac849033, "print"
