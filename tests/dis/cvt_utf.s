# cvtca/cvtac: a string's UTF-8 bytes and back. A nil string gives an
# empty but non-nil array, a nil array a nil string; invalid bytes
# decode as U+FFFD one byte at a time and an incomplete sequence at
# the end is dropped.
	module	Cvtutf
	entry	init, $1
	datasize	48
	desc	$0, 48, "ffe0"
	desc	$1, 128, "00cf"	# 48, 52: arrays; 56, 60: strings
	desc	$2, 1, ""	# byte
	desc	$3, 56, "0080"	# print(fmt, 5 ints)
	desc	$4, 56, "00c0"	# print(fmt, string, 3 ints)

init:
	load	0(mp), $0, 4(mp)
	cvtca	24(mp), 48(fp)		# "héllo": 6 bytes
	lena	48(fp), 64(fp)
	indb	48(fp), 100(fp), $1
	cvtbw	0(100(fp)), 68(fp)	# 0xc3
	cvtca	36(mp), 52(fp)		# nil -> empty array
	lena	52(fp), 72(fp)
	movw	$0, 76(fp)
	beqw	52(fp), 36(mp), l1
	movw	$1, 76(fp)		# not nil
l1:
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movw	72(fp), 44(44(fp))
	movw	76(fp), 48(44(fp))
	movw	$0, 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	cvtac	28(mp), 56(fp)		# h ff i c3 -> "h\ufffdi"
	frame	$4, 44(fp)
	movp	12(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lenc	56(fp), 40(44(fp))
	indc	56(fp), $1, 44(44(fp))
	indc	56(fp), $2, 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	cvtac	32(mp), 60(fp)		# e2 98 41 -> fffd fffd A
	movw	$0, 80(fp)
	cvtac	36(mp), 56(fp)		# nil array -> nil string
	bnew	56(fp), 36(mp), l2
	movw	$1, 80(fp)
l2:
	frame	$3, 44(fp)
	movp	16(mp), 32(44(fp))
	lenc	60(fp), 36(44(fp))
	indc	60(fp), $0, 40(44(fp))
	indc	60(fp), $1, 44(44(fp))
	indc	60(fp), $2, 48(44(fp))
	movw	80(fp), 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	cvtca	40(mp), 48(fp)
	cvtac	48(fp), 56(fp)
	lena	48(fp), 84(fp)		# 1 + 2 + 1 + 1 + 1 + 3 = 9
	movw	$0, 88(fp)
	bnec	56(fp), 40(mp), l3
	movw	$1, 88(fp)
l3:
	frame	$4, 44(fp)
	movp	20(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	84(fp), 40(44(fp))
	movw	88(fp), 44(44(fp))
	lenc	56(fp), 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %d %d\n"
	string	@mp+12, "%s %d %d %d\n"
	string	@mp+16, "%d %d %d %d %d\n"
	string	@mp+20, "%s %d %d %d\n"
	string	@mp+24, "héllo"
	array	@mp+28, $2, 4
	indir	@mp+28, 0
	byte	@ind+0, 0x68, 0xff, 0x69, 0xc3
	apop
	array	@mp+32, $2, 3
	indir	@mp+32, 0
	byte	@ind+0, 0xe2, 0x98, 0x41
	apop
	string	@mp+40, "héllo☺"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
