# Shifts: shlw/shrw (arithmetic)/lsrw (logical) with the count taken
# mod 32; shll/shrl/lsrl with the count mod 64.
	module	Shifts
	entry	init, $1
	datasize	40
	desc	$0, 40, "f0"
	desc	$1, 160, "00c0"
	desc	$2, 64, "0080"	# print(fmt, 7 ints)
	desc	$3, 88, "0080"	# print(fmt, 6 bigs at 40..80)

init:
	load	0(mp), $0, 4(mp)
	movw	$-16, 96(fp)
	movw	$-1, 100(fp)
	shlw	$31, $1, 64(fp)		# -2147483648
	shlw	$33, $1, 68(fp)		# count 1: 2
	shrw	$2, 96(fp), 72(fp)	# -4
	shrw	$31, 100(fp), 76(fp)	# -1
	lsrw	$28, 96(fp), 80(fp)	# 15
	lsrw	$33, 96(fp), 84(fp)	# count 1: 0x7ffffff8
	shrw	$32, 96(fp), 88(fp)	# count 0: -16
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
	shll	$63, 16(mp), 104(fp)	# min
	shll	$65, 16(mp), 112(fp)	# count 1: 2
	shrl	$4, 24(mp), 120(fp)	# -256 >> 4 = -16
	cvtwl	$-1, 136(fp)
	lsrl	$60, 136(fp), 128(fp)	# 15
	lsrl	$1, 104(fp), 136(fp)	# 2^62
	shrl	$64, 24(mp), 144(fp)	# count 0: -256
	frame	$3, 44(fp)
	movp	12(mp), 32(44(fp))
	movl	104(fp), 40(44(fp))
	movl	112(fp), 48(44(fp))
	movl	120(fp), 56(44(fp))
	movl	128(fp), 64(44(fp))
	movl	136(fp), 72(44(fp))
	movl	144(fp), 80(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %d %d %d %d %d\n"
	string	@mp+12, "%bd %bd %bd %bd %bd %bd\n"
	big	@mp+16, 1, -256

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
