# Benchmark: 160x160 int matrix product, 10 times: indw through
# computed indices, mulw/addw, nested counted loops, module data.
	module	Matrix
	entry	init, $2
	datasize	24
	desc	$0, 24, "e0"		# "$Sys", sys, the format, n@12
	desc	$1, 40, "0080"
	desc	$2, 104, "00c007"	# init's frame; arrays a, b, c at 84, 88, 92
	desc	$3, 4, ""		# int
init:
	load	0(mp), $0, 4(mp)
	movw	$160, 12(mp)
	mulw	12(mp), 12(mp), 40(fp)
	newa	40(fp), $3, 84(fp)
	newa	40(fp), $3, 88(fp)
	newa	40(fp), $3, 92(fp)
	movw	$0, 96(fp)
init1:
	indw	84(fp), 44(fp), 96(fp)
	andw	$7, 96(fp), 0(44(fp))
	indw	88(fp), 44(fp), 96(fp)
	xorw	$3, 96(fp), 0(44(fp))
	addw	$1, 96(fp)
	bltw	96(fp), 40(fp), init1
	movw	$0, 72(fp)		# rep
rep:
	movw	$0, 48(fp)		# i
li:
	movw	$0, 52(fp)		# j
lj:
	movw	$0, 60(fp)		# sum
	movw	$0, 56(fp)		# k
	mulw	12(mp), 48(fp), 64(fp)	# i*n
lk:
	addw	56(fp), 64(fp), 68(fp)
	indw	84(fp), 44(fp), 68(fp)
	movw	0(44(fp)), 76(fp)
	mulw	12(mp), 56(fp), 68(fp)
	addw	52(fp), 68(fp)
	indw	88(fp), 44(fp), 68(fp)
	mulw	0(44(fp)), 76(fp)
	addw	76(fp), 60(fp)
	addw	$1, 56(fp)
	bltw	56(fp), 12(mp), lk
	addw	52(fp), 64(fp), 68(fp)
	indw	92(fp), 44(fp), 68(fp)
	movw	60(fp), 0(44(fp))
	addw	$1, 52(fp)
	bltw	52(fp), 12(mp), lj
	addw	$1, 48(fp)
	bltw	48(fp), 12(mp), li
	addw	$1, 72(fp)
	bltw	72(fp), $10, rep
	movw	$0, 60(fp)
	movw	$0, 96(fp)
sum:
	indw	92(fp), 44(fp), 96(fp)
	xorw	0(44(fp)), 60(fp)
	addw	$1, 96(fp)
	bltw	96(fp), 40(fp), sum
	frame	$1, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	60(fp), 36(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d\n"
	link	init, $2, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
