# Numeric conversions: cvtfw/cvtfl round halves away from zero;
# cvtlw keeps the low 32 bits, cvtwl sign-extends; cvtws/cvtsw go
# through a 16-bit short; cvtwf, cvtlf (nearest double); cvtfr/cvtrf
# through a single.
	module	Cvtnum
	entry	init, $1
	datasize	120
	desc	$0, 120, "f8"
	desc	$1, 192, "00c0"
	desc	$2, 64, "0080"	# print(fmt, 7 ints)
	desc	$3, 72, "0080"	# print(fmt, big, big, int, int, big)
	desc	$4, 72, "0080"	# print(fmt, int, int, real, real, real)

init:
	load	0(mp), $0, 4(mp)
	cvtfw	24(mp), 64(fp)		# 2.5 -> 3
	cvtfw	32(mp), 68(fp)		# -2.5 -> -3
	cvtfw	40(mp), 72(fp)		# 1.4 -> 1
	cvtfw	48(mp), 76(fp)		# -1.6 -> -2
	cvtfw	56(mp), 80(fp)		# 0.5 -> 1
	cvtfw	64(mp), 84(fp)		# -0.49 -> 0
	cvtfw	72(mp), 88(fp)		# 3.5 -> 4
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
	cvtfl	24(mp), 96(fp)		# 2.5 -> 3
	cvtfl	80(mp), 104(fp)		# -10000000000.5 -> -10000000001
	cvtlw	88(mp), 112(fp)		# 0x100000005 -> 5
	cvtlw	96(mp), 116(fp)		# 0x80000000 -> -2147483648
	cvtwl	$-5, 120(fp)
	frame	$3, 44(fp)
	movp	12(mp), 32(44(fp))
	movl	96(fp), 40(44(fp))
	movl	104(fp), 48(44(fp))
	movw	112(fp), 56(44(fp))
	movw	116(fp), 60(44(fp))
	movl	120(fp), 64(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movw	$0x18000, 128(fp)
	cvtws	128(fp), 132(fp)
	movw	$-1, 64(fp)
	cvtsw	132(fp), 64(fp)		# -32768
	movw	$0x12345, 128(fp)
	cvtws	128(fp), 136(fp)
	cvtsw	136(fp), 68(fp)		# 0x2345 = 9029
	cvtwf	$7, 144(fp)
	cvtlf	104(mp), 152(fp)	# 2^53+1 -> 2^53
	cvtfr	112(mp), 140(fp)	# 0.1 as a single
	cvtrf	140(fp), 160(fp)
	frame	$4, 44(fp)
	movp	16(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movf	144(fp), 48(44(fp))
	movf	152(fp), 56(44(fp))
	movf	160(fp), 64(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %d %d %d %d %d\n"
	string	@mp+12, "%bd %bd %d %d %bd\n"
	string	@mp+16, "%d %d %g %g %g\n"
	real	@mp+24, 2.5, -2.5, 1.4, -1.6, 0.5, -0.49, 3.5, -10000000000.5
	big	@mp+88, 0x100000005, 0x80000000, 9007199254740993
	real	@mp+112, 0.1

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
