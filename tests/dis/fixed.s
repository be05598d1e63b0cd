# Fixed-point instructions (dis-isa.md 10), temp S at 20(fp) and temp
# D at 28(fp) holding the extra operands: mulx, divx, cvtxx, their 0
# and 1 forms, cvtfx (rounding halves away from zero) and cvtxf.
	module	Fixed
	entry	init, $1
	datasize	56
	desc	$0, 56, "f008"
	desc	$1, 112, "00c0"
	desc	$2, 72, "0080"	# print(fmt, 8 ints)
	desc	$3, 48, "0080"	# print(fmt, real)

init:
	load	0(mp), $0, 4(mp)
	movw	$196608, 100(fp)		# 3.0 in 16.16
	movw	$163840, 104(fp)		# 2.5
	movw	$-16, 28(fp)
	mulx	104(fp), 100(fp), 64(fp)	# (3.0*2.5) >> 16 = 7.5: 491520
	movw	$16, 28(fp)
	movw	$491520, 108(fp)
	divx	100(fp), 108(fp), 68(fp)	# (7.5 << 16) / 3.0 = 2.5: 163840
	cvtxx	104(fp), $-4, 72(fp)		# 163840 >> 4 = 10240
	movw	$4, 28(fp)
	movw	$3, 20(fp)
	mulx0	$7, $6, 76(fp)			# ((6*7) << 4) / 3 = 224
	movw	$2, 28(fp)
	divx0	$4, $10, 80(fp)			# ((3*10) << 2) / 4 = 30
	movw	$5, 20(fp)
	cvtxx0	$100, $-2, 84(fp)		# (100 >> 2) / 5 = 5
	cvtfx	16(mp), 24(mp), 88(fp)		# 2.5 * 65536 = 163840
	cvtfx	32(mp), 24(mp), 92(fp)		# -0.5/65536 * 65536 = -0.5: -1
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movw	72(fp), 44(44(fp))
	movw	76(fp), 48(44(fp))
	movw	80(fp), 52(44(fp))
	movw	84(fp), 56(44(fp))
	movw	88(fp), 60(44(fp))
	movw	92(fp), 64(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movw	$-2, 28(fp)			# v, no w, shift -1
	movw	$4, 20(fp)
	mulx1	$3, $7, 64(fp)			# ((21 >> 1) + 3) / 4 = 3
	movw	$2, 28(fp)			# v, no w, shift 0
	movw	$1, 20(fp)
	divx1	$2, $9, 68(fp)			# (1*9)/2 + 1 = 5
	movw	$2, 20(fp)
	cvtxx1	$-7, $-3, 72(fp)		# w, shift -1: ((-7 + 1) >> 1) / 2 = -1
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movw	72(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	cvtxf	104(fp), 40(mp), 96(fp)		# 163840 / 65536 = 2.5
	frame	$3, 44(fp)
	movp	48(mp), 32(44(fp))
	movf	96(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %d %d %d %d %d %d\n"
	string	@mp+12, "%d %d %d\n"
	real	@mp+16, 2.5, 65536, -7.62939453125e-06, 1.52587890625e-05
	string	@mp+48, "%g\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
