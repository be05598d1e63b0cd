# md5sum's use of $Keyring, end to end: the md5 of "abc" fed in two
# calls (the state passed back in), finished into a digest array and
# printed in hex; then Math->sqrt(2.0) printed; and $Draw loaded with
# an empty import list, as diff does (raises "no draw" if nil).
	module	Md5abc
	datasize	64
	entry	init, $1
	desc	$0, 64, "fff2"	# 0-12 module paths, 16-28 handles, 32-44 strings, 48 a real, 56 a string
	desc	$1, 80, "00f8"	# ctxt, argv, buf, digest, state; 52 a callee frame, 56 i, 60 &digest[i], 64 digest[i], 68 print's result, 72 sqrt's
	desc	$2, 1, ""	# an array element: a byte
	desc	$3, 40, "0080"	# print's frame: the format, an int
	desc	$4, 48, "0080"	# print's frame: the format, a real
init:
	load	0(mp), $0, 16(mp)
	load	4(mp), $1, 20(mp)
	load	8(mp), $2, 24(mp)
	load	12(mp), $3, 28(mp)
	bnew	28(mp), $-1, drawok
	raise	44(mp)
drawok:
	cvtca	36(mp), 40(fp)
	newa	$16, $2, 44(fp)
	mframe	16(mp), $0, 52(fp)	# state = md5(buf, 1, nil, nil)
	movp	40(fp), 32(52(fp))
	movw	$1, 36(52(fp))
	lea	48(fp), 16(52(fp))
	mcall	52(fp), $0, 16(mp)
	slicea	$1, $3, 40(fp)		# buf = buf[1:3]
	mframe	16(mp), $0, 52(fp)	# state = md5(buf, 2, nil, state)
	movp	40(fp), 32(52(fp))
	movw	$2, 36(52(fp))
	movp	48(fp), 44(52(fp))
	lea	48(fp), 16(52(fp))
	mcall	52(fp), $0, 16(mp)
	mframe	16(mp), $0, 52(fp)	# state = md5(buf, 0, digest, state)
	movp	40(fp), 32(52(fp))
	movw	$0, 36(52(fp))
	movp	44(fp), 40(52(fp))
	movp	48(fp), 44(52(fp))
	lea	48(fp), 16(52(fp))
	mcall	52(fp), $0, 16(mp)
	movw	$0, 56(fp)
hex:
	indb	44(fp), 60(fp), 56(fp)
	cvtbw	0(60(fp)), 64(fp)
	frame	$3, 52(fp)
	movp	32(mp), 32(52(fp))
	movw	64(fp), 36(52(fp))
	lea	68(fp), 16(52(fp))
	mcall	52(fp), $0, 20(mp)
	addw	$1, 56(fp)
	bltw	56(fp), $16, hex
	mframe	24(mp), $0, 52(fp)	# sqrt(2.0)
	movf	48(mp), 32(52(fp))
	lea	72(fp), 16(52(fp))
	mcall	52(fp), $0, 24(mp)
	frame	$4, 52(fp)
	movp	56(mp), 32(52(fp))
	movf	72(fp), 40(52(fp))
	lea	68(fp), 16(52(fp))
	mcall	52(fp), $0, 20(mp)
	ret
	string	@mp+0, "$Keyring"
	string	@mp+4, "$Sys"
	string	@mp+8, "$Math"
	string	@mp+12, "$Draw"
	string	@mp+32, "%02x"
	string	@mp+36, "abc"
	string	@mp+44, "no draw"
	real	@mp+48, 2.0
	string	@mp+56, "\n%g\n"
	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x07656377, "md5"
	ldt	1
	ext	0xac849033, "print"
	ldt	2
	ext	0xa1d1fe48, "sqrt"
	ldt	3
