# Frames far bigger than a stack segment's usual size: a function
# with a 20000-byte frame recursing 40 deep keeps a value at the
# frame's far end across the calls (each level a new segment or more).
	module	Bigframe
	entry	init, $1
	datasize	16
	desc	$0, 16, "f0"
	desc	$1, 64, "00c0"
	desc	$2, 20000, "0080"	# big(s: string, n: int): frame 40, r 44, n again at 19992
	desc	$3, 48, "0080"		# print(fmt, int, int)

init:
	load	0(mp), $0, 4(mp)
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	$40, 36(44(fp))
	lea	56(fp), 16(44(fp))
	call	44(fp), big
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	$3, 36(44(fp))
	lea	60(fp), 16(44(fp))
	call	44(fp), big
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	56(fp), 36(44(fp))
	movw	60(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

big:
	movw	36(fp), 19992(fp)
	beqw	36(fp), $0, base
	frame	$2, 40(fp)
	movp	32(fp), 32(40(fp))
	subw	$1, 36(fp), 36(40(fp))
	lea	44(fp), 16(40(fp))
	call	40(fp), big
	addw	19992(fp), 44(fp), 0(16(fp))
	ret
base:
	movw	$0, 0(16(fp))
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d\n"
	string	@mp+12, "a string in every frame"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
