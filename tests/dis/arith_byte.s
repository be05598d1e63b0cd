# Byte arithmetic: unsigned 8-bit, results mod 256; divb/modb
# unsigned; shlb shifts in 32 bits then keeps the low byte; shrb is
# logical; cvtwb keeps the low 8 bits, cvtbw zero-extends.
	module	Arithb
	entry	init, $1
	datasize	24
	desc	$0, 24, "e0"
	desc	$1, 128, "00c0"
	desc	$2, 64, "0080"	# print(fmt, 7 ints)

init:
	load	0(mp), $0, 4(mp)
	addb	$100, 12(mp), 64(fp)	# 200+100 = 300 -> 44
	subb	$20, 13(mp), 68(fp)	# 10-20 -> 246
	mulb	$17, 14(mp), 72(fp)	# 16*17 = 272 -> 16
	divb	$3, 15(mp), 76(fp)	# 250/3 = 83 (unsigned)
	modb	$7, 15(mp), 80(fp)	# 250%7 = 5
	andb	$15, 16(mp), 84(fp)	# 0xab & 0x0f = 11
	orb	$10, 17(mp), 88(fp)	# 0x50 | 0x0a = 90
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	cvtbw	64(fp), 36(44(fp))
	cvtbw	68(fp), 40(44(fp))
	cvtbw	72(fp), 44(44(fp))
	cvtbw	76(fp), 48(44(fp))
	cvtbw	80(fp), 52(44(fp))
	cvtbw	84(fp), 56(44(fp))
	cvtbw	88(fp), 60(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	xorb	$15, 18(mp), 64(fp)	# 0xff ^ 0x0f = 240
	shlb	$1, 19(mp), 68(fp)	# 0x81<<1 = 0x102 -> 2
	shrb	$7, 20(mp), 72(fp)	# 0x80>>7 = 1
	shlb	$4, 18(mp), 76(fp)	# 0xff<<4 = 0xff0 -> 240
	shrb	$1, 18(mp), 80(fp)	# logical: 127
	movw	$511, 100(fp)
	cvtwb	100(fp), 84(fp)		# 0x1ff -> 255
	mulb	12(mp), 12(mp), 88(fp)	# 200*200 = 40000 -> 64
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	cvtbw	64(fp), 36(44(fp))
	cvtbw	68(fp), 40(44(fp))
	cvtbw	72(fp), 44(44(fp))
	cvtbw	76(fp), 48(44(fp))
	cvtbw	80(fp), 52(44(fp))
	cvtbw	84(fp), 56(44(fp))
	cvtbw	88(fp), 60(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %d %d %d %d %d\n"
	byte	@mp+12, 200, 10, 16, 250, 0xab, 0x50, 0xff, 0x81, 0x80

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
