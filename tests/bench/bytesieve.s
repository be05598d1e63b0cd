# Benchmark: a byte-array sieve of 2^20 entries, 20 times: indb and
# byte moves through a double-indirect operand, word loops.
	module	Bytesieve
	entry	init, $2
	datasize	16
	desc	$0, 16, "e0"		# "$Sys", sys, the format, N@12
	desc	$1, 40, "0080"
	desc	$2, 72, "00c1"		# init's frame; the array at 60
	desc	$3, 1, ""		# byte
init:
	load	0(mp), $0, 4(mp)
	movw	$1048576, 12(mp)
	newa	12(mp), $3, 60(fp)
	movw	$0, 40(fp)
rep:
	movw	$0, 64(fp)
fill:
	indb	60(fp), 44(fp), 64(fp)
	movb	$1, 0(44(fp))
	addw	$1, 64(fp)
	bltw	64(fp), 12(mp), fill
	movw	$2, 64(fp)
outer:
	mulw	64(fp), 64(fp), 48(fp)
	bgew	48(fp), 12(mp), count
	indb	60(fp), 44(fp), 64(fp)
	beqb	0(44(fp)), $0, next
inner:
	indb	60(fp), 44(fp), 48(fp)
	movb	$0, 0(44(fp))
	addw	64(fp), 48(fp)
	bltw	48(fp), 12(mp), inner
next:
	addw	$1, 64(fp)
	jmp	outer
count:
	movw	$0, 52(fp)
	movw	$0, 64(fp)
cnt:
	indb	60(fp), 44(fp), 64(fp)
	cvtbw	0(44(fp)), 56(fp)
	addw	56(fp), 52(fp)
	addw	$1, 64(fp)
	bltw	64(fp), 12(mp), cnt
	addw	$1, 40(fp)
	bltw	40(fp), $20, rep
	frame	$1, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	52(fp), 36(44(fp))
	lea	68(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d\n"
	link	init, $2, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
