# bench/gc.b by hand, as Inferno's compiler lays it out: allocation of
# binary trees (ref adts), lists and arrays. usage: gc [depth] (default 15).
	module	Gc
	source	"tests/bench/gc.s"
	entry	init, $4
	datasize	24

	desc	$0, 24, "f0"	# MP: "$Sys", the format, sys, nil, 1000003
	desc	$1, 12, "c0"	# Tree: l@0 r@4 v@8
	desc	$2, 64, "0032"	# make's frame: d@32 v@36 l@40 r@44 t@48 callee@52 n@56
	desc	$3, 56, "0080"	# check's frame: t@32 cl@36 cr@40 t1@44 callee@48
	desc	$4, 128, "00d02e20"	# init's frame, see the offsets below
	desc	$5, 48, "0080"	# print's frame: fmt@32 maxd@36 chk@40
	desc	$6, 4, "80"	# an array of int element
	desc	$7, 4, ""	# an int element

make:
	bnew	32(fp), $0, inner
	new	$1, 56(fp)
	movp	12(mp), 0(56(fp))
	movp	12(mp), 4(56(fp))
	movw	36(fp), 8(56(fp))
	movp	56(fp), 0(16(fp))
	ret
inner:
	frame	$2, 52(fp)
	subw	$1, 32(fp), 32(52(fp))
	mulw	$2, 36(fp), 36(52(fp))
	lea	40(fp), 16(52(fp))
	call	52(fp), make
	frame	$2, 52(fp)
	subw	$1, 32(fp), 32(52(fp))
	mulw	$2, 36(fp), 48(fp)
	addw	$1, 48(fp), 36(52(fp))
	lea	44(fp), 16(52(fp))
	call	52(fp), make
	new	$1, 56(fp)
	movp	40(fp), 0(56(fp))
	movp	44(fp), 4(56(fp))
	movw	36(fp), 8(56(fp))
	movp	56(fp), 0(16(fp))
	ret

check:
	bnew	0(32(fp)), 12(mp), cinner
	andw	8(32(fp)), $1, 0(16(fp))
	ret
cinner:
	frame	$3, 48(fp)
	movp	0(32(fp)), 32(48(fp))
	lea	36(fp), 16(48(fp))
	call	48(fp), check
	frame	$3, 48(fp)
	movp	4(32(fp)), 32(48(fp))
	lea	40(fp), 16(48(fp))
	call	48(fp), check
	addw	$1, 36(fp), 44(fp)
	subw	40(fp), 44(fp), 0(16(fp))
	ret

# init's frame: ctxt@32 argv@36 maxd@40 longlived@44 chk@48 d@52
# iters@56 c@60 i@64 r@68 l@72 s@76 a@80 ll@84 str@88 callee@92
# t1@96 t2@100 tree@104 addr@108 addr2@112 pr@116 cv@120
init:
	load	0(mp), $0, 8(mp)
	movw	$15, 40(fp)
	beqw	36(fp), 12(mp), go
	tail	36(fp), 84(fp)
	beqw	84(fp), 12(mp), go
	headp	84(fp), 88(fp)
	cvtcw	88(fp), 40(fp)
go:
	frame	$2, 92(fp)
	movw	40(fp), 32(92(fp))
	movw	$0, 36(92(fp))
	lea	44(fp), 16(92(fp))
	call	92(fp), make
	movw	$0, 48(fp)
	movw	$4, 52(fp)
dloop:
	bgtw	52(fp), 40(fp), dend
	subw	52(fp), 40(fp), 96(fp)
	addw	$4, 96(fp)
	shlw	96(fp), $1, 56(fp)
	movw	$0, 60(fp)
	movw	$0, 64(fp)
iloop:
	bgew	64(fp), 56(fp), iend
	frame	$2, 92(fp)
	movw	52(fp), 32(92(fp))
	movw	64(fp), 36(92(fp))
	lea	104(fp), 16(92(fp))
	call	92(fp), make
	frame	$3, 92(fp)
	movp	104(fp), 32(92(fp))
	lea	120(fp), 16(92(fp))
	call	92(fp), check
	addw	120(fp), 60(fp)
	addw	$1, 64(fp)
	jmp	iloop
iend:
	mulw	$31, 48(fp), 96(fp)
	addw	60(fp), 96(fp)
	modw	16(mp), 96(fp), 48(fp)
	addw	$2, 52(fp)
	jmp	dloop
dend:
	movw	$0, 68(fp)
lrep:
	bgew	68(fp), $20, lend
	movp	12(mp), 72(fp)
	movw	$0, 64(fp)
lbuild:
	bgew	64(fp), $20000, lsum0
	consw	64(fp), 72(fp)
	addw	$1, 64(fp)
	jmp	lbuild
lsum0:
	movw	$0, 76(fp)
lsum:
	beqw	72(fp), 12(mp), lnext
	headw	72(fp), 96(fp)
	addw	96(fp), 76(fp)
	tail	72(fp), 72(fp)
	jmp	lsum
lnext:
	addw	76(fp), 48(fp), 96(fp)
	modw	16(mp), 96(fp), 48(fp)
	addw	$1, 68(fp)
	jmp	lrep
lend:
	movw	$0, 68(fp)
arep:
	bgew	68(fp), $200, aend
	newa	$100, $6, 80(fp)
	movw	$0, 64(fp)
afill:
	lena	80(fp), 96(fp)
	bgew	64(fp), 96(fp), asum0
	addw	$1, 64(fp), 100(fp)
	indw	80(fp), 108(fp), 64(fp)
	newa	100(fp), $7, 0(108(fp))
	mulw	68(fp), 64(fp), 100(fp)
	indw	80(fp), 108(fp), 64(fp)
	indw	0(108(fp)), 112(fp), 64(fp)
	movw	100(fp), 0(112(fp))
	addw	$1, 64(fp)
	jmp	afill
asum0:
	movw	$0, 64(fp)
asum:
	lena	80(fp), 96(fp)
	bgew	64(fp), 96(fp), anext
	indw	80(fp), 108(fp), 64(fp)
	indw	0(108(fp)), 112(fp), 64(fp)
	addw	0(112(fp)), 48(fp), 100(fp)
	modw	16(mp), 100(fp), 48(fp)
	addw	$1, 64(fp)
	jmp	asum
anext:
	addw	$1, 68(fp)
	jmp	arep
aend:
	frame	$3, 92(fp)
	movp	44(fp), 32(92(fp))
	lea	120(fp), 16(92(fp))
	call	92(fp), check
	addw	120(fp), 48(fp), 96(fp)
	modw	16(mp), 96(fp), 48(fp)
	frame	$5, 92(fp)
	movp	4(mp), 32(92(fp))
	movw	40(fp), 36(92(fp))
	movw	48(fp), 40(92(fp))
	lea	116(fp), 16(92(fp))
	mcall	92(fp), $0, 8(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+4, "gc depth=%d chk=%d\n"
	word	@mp+16, 1000003

	link	init, $4, 0x4244b354, "init"

	ldt	0
	ext	0xac849033, "print"
