# Benchmark: a 30-million-iteration loop of word arithmetic, with a
# division and a modulus (generic handlers) and a global counter.
	module	Loop
	entry	init, $2
	datasize	24
	desc	$0, 24, "e0"		# "$Sys", sys, the format, counter@12, N@16
	desc	$1, 40, "0080"
	desc	$2, 64, "00c0"
	desc	$3, 4, ""
init:
	load	0(mp), $0, 4(mp)
	movw	$30000000, 16(mp)
	movw	$0, 60(fp)
	movw	$0, 40(fp)
lp:
	mulw	60(fp), 60(fp), 44(fp)
	modw	$7, 44(fp), 48(fp)
	addw	48(fp), 40(fp)
	divw	$3, 60(fp), 48(fp)
	xorw	48(fp), 40(fp)
	shlw	$1, 40(fp), 52(fp)
	shrw	$3, 52(fp)
	subw	52(fp), 40(fp)
	addw	$1, 12(mp)
	addw	$1, 60(fp)
	bltw	60(fp), 16(mp), lp
	addw	12(mp), 40(fp)
	frame	$1, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	40(fp), 36(44(fp))
	lea	56(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d\n"
	link	init, $2, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
