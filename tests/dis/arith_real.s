# Real arithmetic and the exponent instructions: addf/subf/mulf/divf/
# negf printed with %g (shortest round-trip form, no leading 0, -0);
# expw/expl wrap, negative exponents give 1/r; expf.
	module	Arithf
	entry	init, $1
	datasize	96
	desc	$0, 96, "f8"
	desc	$1, 160, "00c0"
	desc	$2, 88, "0080"	# print(fmt, 6 reals at 40..80)
	desc	$3, 64, "0080"	# print(fmt, 6 ints)
	desc	$4, 72, "0080"	# print(fmt, big, big, real, real)

init:
	load	0(mp), $0, 4(mp)
	addf	32(mp), 24(mp), 104(fp)		# 0.1 + 0.2
	mulf	48(mp), 40(mp), 112(fp)		# 1.5 * -2 = -3
	divf	64(mp), 56(mp), 120(fp)		# 1/3
	negf	72(mp), 128(fp)			# -.25
	subf	64(mp), 80(mp), 136(fp)		# 1e21 - 3 = 1e21
	movf	88(mp), 144(fp)
	negf	144(fp), 144(fp)		# -0
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movf	104(fp), 40(44(fp))
	movf	112(fp), 48(44(fp))
	movf	120(fp), 56(44(fp))
	movf	128(fp), 64(44(fp))
	movf	136(fp), 72(44(fp))
	movf	144(fp), 80(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	expw	$4, $3, 64(fp)		# 81
	expw	$31, $2, 68(fp)		# -2147483648
	expw	$-1, $2, 72(fp)		# 1/2 -> 0
	expw	$-3, $-1, 76(fp)	# 1/-1 = -1
	expw	$0, $0, 80(fp)		# 1
	expw	$3, $-2, 84(fp)		# -8
	frame	$3, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movw	72(fp), 44(44(fp))
	movw	76(fp), 48(44(fp))
	movw	80(fp), 52(44(fp))
	movw	84(fp), 56(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	cvtwl	$2, 152(fp)
	expl	$62, 152(fp), 104(fp)	# 2^62
	cvtwl	$3, 152(fp)
	expl	$40, 152(fp), 112(fp)	# 3^40 mod 2^64
	expf	$-2, 40(mp), 120(fp)	# 1/(-2)^2 = .25
	expf	$3, 48(mp), 128(fp)	# 3.375
	frame	$4, 44(fp)
	movp	16(mp), 32(44(fp))
	movl	104(fp), 40(44(fp))
	movl	112(fp), 48(44(fp))
	movf	120(fp), 56(44(fp))
	movf	128(fp), 64(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%g %g %g %g %g %g\n"
	string	@mp+12, "%d %d %d %d %d %d\n"
	string	@mp+16, "%bd %bd %g %g\n"
	real	@mp+24, 0.1, 0.2, -2, 1.5, 1, 3, 0.25, 1e21, 0

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
