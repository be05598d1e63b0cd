# $Keyring's digests: md5, sha1 fed in two pieces (and a DigestState
# copy finished separately, giving the same), sha256, hmac_md5, md5 of
# nothing; a digest array too short raises "bad digest value".
	module	Digest
	entry	init, $1
	datasize	48
	desc	$0, 48, "fff0"
	desc	$1, 104, "00cfff"	# buffers, states, the exception at 84
	desc	$2, 56, "0080"		# phex(a: array of byte): i 36, address 40, frame 44, result 48
	desc	$3, 1, ""		# byte
	desc	$4, 40, "0080"		# print(fmt, int); print(fmt)
	desc	$5, 40, "00c0"		# print(fmt, string)

init:
	load	0(mp), $0, 4(mp)
	load	8(mp), $1, 12(mp)
	cvtca	16(mp), 48(fp)
	newa	$16, $3, 52(fp)
	newa	$20, $3, 56(fp)
	newa	$32, $3, 60(fp)
	cvtca	20(mp), 72(fp)
	cvtca	24(mp), 76(fp)
	cvtca	28(mp), 80(fp)
	newa	$8, $3, 88(fp)
	mframe	12(mp), $2, 44(fp)
	movp	48(fp), 32(44(fp))
	movw	$3, 36(44(fp))
	movp	52(fp), 40(44(fp))
	movp	36(mp), 44(44(fp))
	lea	92(fp), 16(44(fp))
	mcall	44(fp), $2, 12(mp)
	frame	$2, 44(fp)
	movp	52(fp), 32(44(fp))
	call	44(fp), phex
	mframe	12(mp), $3, 44(fp)
	movp	72(fp), 32(44(fp))
	movw	$1, 36(44(fp))
	movp	36(mp), 40(44(fp))
	movp	36(mp), 44(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $3, 12(mp)
	mframe	12(mp), $0, 44(fp)
	movp	64(fp), 32(44(fp))
	lea	68(fp), 16(44(fp))
	mcall	44(fp), $0, 12(mp)
	mframe	12(mp), $3, 44(fp)
	movp	76(fp), 32(44(fp))
	movw	$2, 36(44(fp))
	movp	56(fp), 40(44(fp))
	movp	64(fp), 44(44(fp))
	lea	92(fp), 16(44(fp))
	mcall	44(fp), $3, 12(mp)
	frame	$2, 44(fp)
	movp	56(fp), 32(44(fp))
	call	44(fp), phex
	newa	$20, $3, 56(fp)
	mframe	12(mp), $3, 44(fp)
	movp	76(fp), 32(44(fp))
	movw	$2, 36(44(fp))
	movp	56(fp), 40(44(fp))
	movp	68(fp), 44(44(fp))
	lea	92(fp), 16(44(fp))
	mcall	44(fp), $3, 12(mp)
	frame	$2, 44(fp)
	movp	56(fp), 32(44(fp))
	call	44(fp), phex
	mframe	12(mp), $4, 44(fp)
	movp	48(fp), 32(44(fp))
	movw	$3, 36(44(fp))
	movp	60(fp), 40(44(fp))
	movp	36(mp), 44(44(fp))
	lea	92(fp), 16(44(fp))
	mcall	44(fp), $4, 12(mp)
	frame	$2, 44(fp)
	movp	60(fp), 32(44(fp))
	call	44(fp), phex
	mframe	12(mp), $1, 44(fp)
	movp	48(fp), 32(44(fp))
	movw	$3, 36(44(fp))
	movp	80(fp), 40(44(fp))
	movp	52(fp), 44(44(fp))
	movp	36(mp), 48(44(fp))
	lea	92(fp), 16(44(fp))
	mcall	44(fp), $1, 12(mp)
	frame	$2, 44(fp)
	movp	52(fp), 32(44(fp))
	call	44(fp), phex
	mframe	12(mp), $2, 44(fp)
	movp	36(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	movp	52(fp), 40(44(fp))
	movp	36(mp), 44(44(fp))
	lea	92(fp), 16(44(fp))
	mcall	44(fp), $2, 12(mp)
	frame	$2, 44(fp)
	movp	52(fp), 32(44(fp))
	call	44(fp), phex
	mframe	12(mp), $2, 44(fp)
	movp	48(fp), 32(44(fp))
	movw	$3, 36(44(fp))
	movp	88(fp), 40(44(fp))
	movp	36(mp), 44(44(fp))
	lea	92(fp), 16(44(fp))
try:
	mcall	44(fp), $2, 12(mp)
	ret
caught:
	frame	$5, 44(fp)
	movp	40(mp), 32(44(fp))
	movp	84(fp), 36(44(fp))
	lea	96(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

# phex(a): a's bytes in hex and a newline
phex:
	movw	$0, 36(fp)
ploop:
	lena	32(fp), 48(fp)
	bgew	36(fp), 48(fp), pend
	indb	32(fp), 40(fp), 36(fp)
	frame	$4, 44(fp)
	movp	32(mp), 32(44(fp))
	cvtbw	0(40(fp)), 36(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	addw	$1, 36(fp)
	jmp	ploop
pend:
	frame	$4, 44(fp)
	movp	44(mp), 32(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "$Keyring"
	string	@mp+16, "abc"
	string	@mp+20, "a"
	string	@mp+24, "bc"
	string	@mp+28, "key"
	string	@mp+32, "%.2x"
	string	@mp+40, "%s\n"
	string	@mp+44, "\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ldt	1
	ext	0x491fbd11, "DigestState.copy"
	ext	0xec9ac159, "hmac_md5"
	ext	0x07656377, "md5"
	ext	0x07656377, "sha1"
	ext	0x07656377, "sha256"

	handler	84(fp), try, caught, -1
	ewild	caught

