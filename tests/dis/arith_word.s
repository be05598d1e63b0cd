# Word arithmetic, d = m OP s: addw/subw/mulw wrap mod 2^32, divw
# truncates toward zero, modw takes the dividend's sign, and/or/xor,
# negation and complement as the compiler writes them.
	module	Arithw
	entry	init, $1
	datasize	32
	desc	$0, 32, "f0"	# "$Sys", sys, two formats
	desc	$1, 128, "00c0"	# init: ctxt, argv, then temporaries
	desc	$2, 64, "0080"	# print(fmt, 7 ints)

init:
	load	0(mp), $0, 4(mp)
	# line 1: wraparound
	movw	16(mp), 64(fp)			# 2147483647
	addw	$1, 64(fp), 68(fp)		# -2147483648
	subw	$1, 68(fp), 72(fp)		# 2147483647
	movw	$65536, 96(fp)
	mulw	96(fp), 96(fp), 76(fp)		# 2^32 -> 0
	movw	$123456789, 100(fp)
	mulw	$1000, 100(fp), 80(fp)		# 123456789000 mod 2^32
	mulw	$-3, $-7, 84(fp)		# 21
	subw	$100, $50, 88(fp)		# 50 - 100 = -50
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movw	72(fp), 44(44(fp))
	movw	76(fp), 48(44(fp))
	movw	80(fp), 52(44(fp))
	movw	84(fp), 56(44(fp))
	movw	88(fp), 60(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	# line 2: divisions and remainders
	divw	$2, $7, 64(fp)		# 3
	divw	$2, $-7, 68(fp)		# -3
	divw	$-2, $7, 72(fp)		# -3
	divw	$-2, $-7, 76(fp)	# 3
	modw	$2, $-7, 80(fp)		# -1
	modw	$-2, $7, 84(fp)		# 1
	modw	$-2, $-7, 88(fp)	# -1
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movw	72(fp), 44(44(fp))
	movw	76(fp), 48(44(fp))
	movw	80(fp), 52(44(fp))
	movw	84(fp), 56(44(fp))
	movw	88(fp), 60(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	# line 3: bits
	movw	$0xF0F0, 96(fp)
	movw	$0xFF00, 100(fp)
	andw	96(fp), 100(fp), 64(fp)		# 0xF000
	orw	96(fp), 100(fp), 68(fp)		# 0xFFF0
	xorw	96(fp), 100(fp), 72(fp)		# 0x0FF0
	xorw	$-1, $5, 76(fp)			# ~5 = -6
	subw	100(fp), $0, 80(fp)		# -65280
	movw	$7, 84(fp)
	addw	$3, 84(fp)			# no middle: 84 = 84 + 3 = 10
	movw	$20, 88(fp)
	subw	$5, 88(fp)			# 15
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movw	72(fp), 44(44(fp))
	movw	76(fp), 48(44(fp))
	movw	80(fp), 52(44(fp))
	movw	84(fp), 56(44(fp))
	movw	88(fp), 60(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %d %d %d %d %d\n"
	string	@mp+12, "%x %x %x %d %d %d %d\n"
	word	@mp+16, 2147483647

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
