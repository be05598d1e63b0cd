# bench/mandel.b by hand, as Inferno's compiler lays it out: real
# arithmetic. usage: mandel [size] (default 500).
	module	Mandel
	source	"tests/bench/mandel.s"
	entry	init, $1
	datasize	56

	desc	$0, 56, "f0"	# MP: "$Sys", the format, sys, nil, then the reals 2.0 1.0 2.5 4.0 0.0
	desc	$1, 136, "00c0c0"	# init's frame, see the offsets below
	desc	$2, 48, "0080"	# print's frame: fmt@32 size@36 inside@40 total@44

# init's frame: ctxt@32 argv@36 size@40 total@44 inside@48 y@52 x@56
# it@60 l@64 s@68 ci@72 cr@80 zr@88 zi@96 t@104 f1@112 f2@120
# callee@128 pr@132
init:
	load	0(mp), $0, 8(mp)
	movw	$500, 40(fp)
	beqw	36(fp), 12(mp), go
	tail	36(fp), 64(fp)
	beqw	64(fp), 12(mp), go
	headp	64(fp), 68(fp)
	cvtcw	68(fp), 40(fp)
go:
	movw	$0, 44(fp)
	movw	$0, 48(fp)
	movw	$0, 52(fp)
yloop:
	bgew	52(fp), 40(fp), done
	cvtwf	52(fp), 112(fp)
	mulf	112(fp), 16(mp), 112(fp)
	cvtwf	40(fp), 120(fp)
	divf	120(fp), 112(fp)
	subf	24(mp), 112(fp), 72(fp)
	movw	$0, 56(fp)
xloop:
	bgew	56(fp), 40(fp), xend
	cvtwf	56(fp), 112(fp)
	mulf	112(fp), 32(mp), 112(fp)
	cvtwf	40(fp), 120(fp)
	divf	120(fp), 112(fp)
	subf	16(mp), 112(fp), 80(fp)
	movf	48(mp), 88(fp)
	movf	48(mp), 96(fp)
	movw	$0, 60(fp)
iter:
	bgew	60(fp), $100, iend
	mulf	88(fp), 88(fp), 112(fp)
	mulf	96(fp), 96(fp), 120(fp)
	addf	120(fp), 112(fp)
	bgtf	112(fp), 40(mp), iend
	mulf	88(fp), 88(fp), 112(fp)
	mulf	96(fp), 96(fp), 120(fp)
	subf	120(fp), 112(fp)
	addf	80(fp), 112(fp), 104(fp)
	mulf	88(fp), 16(mp), 112(fp)
	mulf	96(fp), 112(fp)
	addf	72(fp), 112(fp), 96(fp)
	movf	104(fp), 88(fp)
	addw	$1, 60(fp)
	jmp	iter
iend:
	bnew	60(fp), $100, out
	addw	$1, 48(fp)
out:
	addw	60(fp), 44(fp)
	addw	$1, 56(fp)
	jmp	xloop
xend:
	addw	$1, 52(fp)
	jmp	yloop
done:
	frame	$2, 128(fp)
	movp	4(mp), 32(128(fp))
	movw	40(fp), 36(128(fp))
	movw	48(fp), 40(128(fp))
	movw	44(fp), 44(128(fp))
	lea	132(fp), 16(128(fp))
	mcall	128(fp), $0, 8(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+4, "mandel size=%d inside=%d iters=%d\n"
	real	@mp+16, 2, 1, 2.5, 4, 0

	link	init, $1, 0x4244b354, "init"

	ldt	0
	ext	0xac849033, "print"
