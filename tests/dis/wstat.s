# wstat and fwstat with a Dir that is nulldir (strings nil, numbers
# all ones: "don't change") but for one field: a new name renames the
# file, a new mode changes its permissions, a new length truncates.
	module	Wstat
	entry	init, $1
	datasize	40
	desc	$0, 40, "ffc0"
	desc	$1, 200, "00cd0003c0"	# 48 fd, 52 buf, 60 a name; stat's tuple at 112 (strings 120..132)
	desc	$2, 64, "0090"		# print(fmt, int, int, string, big, int)
	desc	$3, 48, "0080"		# print(fmt, int, int)

init:
	load	0(mp), $0, 4(mp)
	mframe	4(mp), $0, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	$1, 36(44(fp))
	movw	$420, 40(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	cvtca	16(mp), 52(fp)
	mframe	4(mp), $8, 44(fp)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$3, 40(44(fp))
	lea	184(fp), 16(44(fp))
	mcall	44(fp), $8, 4(mp)
	movp	36(mp), 48(fp)
	mframe	4(mp), $7, 44(fp)
	movp	8(mp), 32(44(fp))
	cvtwl	$-1, 56(44(fp))
	movw	$-1, 64(44(fp))
	movw	$-1, 68(44(fp))
	movw	$-1, 72(44(fp))
	movw	$-1, 76(44(fp))
	movw	$-1, 80(44(fp))
	movw	$-1, 96(44(fp))
	movw	$-1, 100(44(fp))
	cvtwl	$-1, 88(44(fp))
	movp	20(mp), 40(44(fp))
	lea	188(fp), 16(44(fp))
	mcall	44(fp), $7, 4(mp)
	mframe	4(mp), $6, 44(fp)
	movp	12(mp), 32(44(fp))
	lea	112(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	movw	112(fp), 192(fp)
	movp	120(fp), 60(fp)
	movl	168(fp), 104(fp)
	mframe	4(mp), $6, 44(fp)
	movp	8(mp), 32(44(fp))
	lea	112(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	frame	$2, 44(fp)
	movp	24(mp), 32(44(fp))
	movw	188(fp), 36(44(fp))
	movw	192(fp), 40(44(fp))
	movp	60(fp), 44(44(fp))
	movl	104(fp), 48(44(fp))
	movw	112(fp), 56(44(fp))
	lea	184(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	mframe	4(mp), $7, 44(fp)
	movp	12(mp), 32(44(fp))
	cvtwl	$-1, 56(44(fp))
	movw	$-1, 64(44(fp))
	movw	$-1, 68(44(fp))
	movw	$-1, 72(44(fp))
	movw	$-1, 76(44(fp))
	movw	$-1, 80(44(fp))
	movw	$-1, 96(44(fp))
	movw	$-1, 100(44(fp))
	cvtwl	$-1, 88(44(fp))
	movw	$384, 72(44(fp))
	lea	188(fp), 16(44(fp))
	mcall	44(fp), $7, 4(mp)
	mframe	4(mp), $6, 44(fp)
	movp	12(mp), 32(44(fp))
	lea	112(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	andw	$511, 152(fp), 192(fp)
	frame	$3, 44(fp)
	movp	28(mp), 32(44(fp))
	movw	188(fp), 36(44(fp))
	movw	192(fp), 40(44(fp))
	lea	184(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	mframe	4(mp), $4, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	$2, 36(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	mframe	4(mp), $3, 44(fp)
	movp	48(fp), 32(44(fp))
	cvtwl	$-1, 56(44(fp))
	movw	$-1, 64(44(fp))
	movw	$-1, 68(44(fp))
	movw	$-1, 72(44(fp))
	movw	$-1, 76(44(fp))
	movw	$-1, 80(44(fp))
	movw	$-1, 96(44(fp))
	movw	$-1, 100(44(fp))
	cvtwl	$-1, 88(44(fp))
	cvtwl	$1, 88(44(fp))
	lea	188(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	movp	36(mp), 48(fp)
	mframe	4(mp), $6, 44(fp)
	movp	12(mp), 32(44(fp))
	lea	112(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	cvtlw	168(fp), 192(fp)
	frame	$3, 44(fp)
	movp	32(mp), 32(44(fp))
	movw	188(fp), 36(44(fp))
	movw	192(fp), 40(44(fp))
	lea	184(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/tmp/a"
	string	@mp+12, "/tmp/b"
	string	@mp+16, "abc"
	string	@mp+20, "b"
	string	@mp+24, "wstat %d stat %d %s %bd old %d\n"
	string	@mp+28, "chmod %d mode %o\n"
	string	@mp+32, "fwstat %d length %d\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x54db77d9, "create"
	ext	0x616977e8, "millisec"
	ext	0xc6935858, "remove"
	ext	0x50a6c7e0, "fwstat"
	ext	0x8f477f99, "open"
	ext	0xac849033, "print"
	ext	0x319328dd, "stat"
	ext	0x56b02096, "wstat"
	ext	0x7cfef557, "write"

