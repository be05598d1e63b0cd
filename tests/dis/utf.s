# byte2char, char2byte and utfbytes: decoding valid, invalid and
# incomplete UTF-8; encoding, not fitting, and a bad rune as U+FFFD;
# counting complete sequences; byte2char past the end raises.
	module	Utf
	entry	init, $1
	datasize	32
	desc	$0, 32, "ff"
	desc	$1, 136, "00ce"		# 48 buf1, 52 b, 56 the exception; results from 64
	desc	$2, 1, ""		# byte
	desc	$3, 64, "0080"		# print(fmt, 6 ints)
	desc	$4, 48, "00c0"		# print(fmt, string, int)

init:
	load	0(mp), $0, 4(mp)
	cvtca	12(mp), 48(fp)		# 61 e2 98 ba
	mframe	4(mp), $0, 44(fp)	# byte2char(buf1, 0)
	movp	48(fp), 32(44(fp))
	movw	$0, 36(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	mframe	4(mp), $0, 44(fp)	# byte2char(buf1, 1)
	movp	48(fp), 32(44(fp))
	movw	$1, 36(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movw	72(fp), 44(44(fp))
	movw	76(fp), 48(44(fp))
	movw	80(fp), 52(44(fp))
	movw	84(fp), 56(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $0, 44(fp)	# byte2char(ff 41, 0)
	movp	16(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	mframe	4(mp), $0, 44(fp)	# byte2char(e2 98, 0)
	movp	20(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movw	72(fp), 44(44(fp))
	movw	76(fp), 48(44(fp))
	movw	80(fp), 52(44(fp))
	movw	84(fp), 56(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	newaz	$4, $2, 52(fp)
	mframe	4(mp), $1, 44(fp)	# char2byte(0x263a, b, 0)
	movw	$0x263a, 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$0, 40(44(fp))
	lea	88(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	indb	52(fp), 124(fp), $0
	cvtbw	0(124(fp)), 92(fp)
	mframe	4(mp), $1, 44(fp)	# char2byte(0x263a, b, 2): no room
	movw	$0x263a, 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$2, 40(44(fp))
	lea	96(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	mframe	4(mp), $1, 44(fp)	# char2byte(-1, b, 0): U+FFFD
	movw	$-1, 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$0, 40(44(fp))
	lea	100(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	indb	52(fp), 124(fp), $0
	cvtbw	0(124(fp)), 104(fp)
	mframe	4(mp), $3, 44(fp)	# utfbytes(buf1, 3)
	movp	48(fp), 32(44(fp))
	movw	$3, 36(44(fp))
	lea	108(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	mframe	4(mp), $3, 44(fp)	# utfbytes(buf1, 4)
	movp	48(fp), 32(44(fp))
	movw	$4, 36(44(fp))
	lea	112(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	88(fp), 36(44(fp))
	movw	92(fp), 40(44(fp))
	movw	96(fp), 44(44(fp))
	movw	100(fp), 48(44(fp))
	movw	104(fp), 52(44(fp))
	movw	108(fp), 56(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $0, 44(fp)	# byte2char(buf1, 4): out of range
	movp	48(fp), 32(44(fp))
	movw	$4, 36(44(fp))
	lea	64(fp), 16(44(fp))
try:
	mcall	44(fp), $0, 4(mp)
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	112(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	ret
caught:
	frame	$4, 44(fp)
	movp	24(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	112(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %d %d %d %d\n"
	string	@mp+12, "a☺"
	array	@mp+16, $2, 2
	indir	@mp+16, 0
	byte	@ind+0, 0xff, 0x41
	apop
	array	@mp+20, $2, 2
	indir	@mp+20, 0
	byte	@ind+0, 0xe2, 0x98
	apop
	string	@mp+24, "%s %d\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x3d6094f9, "byte2char"
	ext	0x2ba5ab41, "char2byte"
	ext	0xac849033, "print"
	ext	0x01d4a1f4, "utfbytes"

	handler	56(fp), try, caught, -1
	ecase	"array bounds error", caught
