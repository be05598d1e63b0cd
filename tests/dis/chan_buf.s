# Buffered channels: sends complete at once while there is room, in
# FIFO order; nbalt on a full channel's send or an empty channel's
# receive takes the default (nsend+nrecv); channels of strings, typed
# blocks (newcmp), bytes, bigs, reals and plain blocks (newcm).
	module	Chanb
	entry	init, $1
	datasize	56
	desc	$0, 56, "fff0"
	desc	$1, 152, "00cff01404"
	desc	$2, 48, "0080"	# print(fmt, int, int, int)
	desc	$3, 48, "00e0"	# print(fmt, string, string)
	desc	$4, 48, "00a0"	# print(fmt, int, string)
	desc	$5, 64, "0080"	# print(fmt, int, big, real, int, int)
	desc	$6, 8, "40"	# (int, string)

init:
	load	0(mp), $0, 4(mp)
	newcw	$3, 48(fp)
	movw	$10, 100(fp)
	send	100(fp), 48(fp)
	movw	$20, 100(fp)
	send	100(fp), 48(fp)
	movw	$30, 100(fp)
	send	100(fp), 48(fp)
	movw	$40, 100(fp)
	movw	$1, 80(fp)		# nsend
	movw	$0, 84(fp)		# nrecv
	movw	48(fp), 88(fp)
	lea	100(fp), 92(fp)
	nbalt	80(fp), 96(fp)		# full: 1
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	96(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	recv	48(fp), 104(fp)		# 10
	nbalt	80(fp), 96(fp)		# room now: 0
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	104(fp), 36(44(fp))
	movw	96(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$2, 44(fp)
	movp	16(mp), 32(44(fp))
	recv	48(fp), 36(44(fp))
	recv	48(fp), 40(44(fp))
	recv	48(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movw	$0, 80(fp)
	movw	$1, 84(fp)
	nbalt	80(fp), 96(fp)		# empty: 1
	frame	$2, 44(fp)
	movp	20(mp), 32(44(fp))
	movw	96(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	newcp	$2, 52(fp)
	send	24(mp), 52(fp)
	send	28(mp), 52(fp)
	frame	$3, 44(fp)
	movp	32(mp), 32(44(fp))
	recv	52(fp), 36(44(fp))
	recv	52(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	newcmp	$6, $1, 56(fp)
	movw	$5, 104(fp)
	movp	36(mp), 108(fp)
	send	104(fp), 56(fp)
	movw	$0, 104(fp)
	movp	24(mp), 108(fp)
	recv	56(fp), 112(fp)
	frame	$4, 44(fp)
	movp	40(mp), 32(44(fp))
	movw	112(fp), 36(44(fp))
	movp	116(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	newcb	$1, 60(fp)
	newcl	$1, 64(fp)
	newcf	$1, 68(fp)
	newcm	$8, $1, 72(fp)
	movb	$200, 144(fp)
	send	144(fp), 60(fp)
	cvtwl	$-7, 120(fp)
	send	120(fp), 64(fp)
	movf	48(mp), 128(fp)
	send	128(fp), 68(fp)
	movw	$11, 136(fp)
	movw	$22, 140(fp)
	send	136(fp), 72(fp)
	movw	$0, 136(fp)
	movw	$0, 140(fp)
	frame	$5, 44(fp)
	movp	44(mp), 32(44(fp))
	recv	60(fp), 145(fp)
	cvtbw	145(fp), 36(44(fp))
	recv	64(fp), 40(44(fp))
	recv	68(fp), 48(44(fp))
	recv	72(fp), 136(fp)
	movw	136(fp), 56(44(fp))
	movw	140(fp), 60(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "full %d\n"
	string	@mp+12, "%d %d\n"
	string	@mp+16, "%d %d %d\n"
	string	@mp+20, "empty %d\n"
	string	@mp+24, "a"
	string	@mp+28, "b"
	string	@mp+32, "%s %s\n"
	string	@mp+36, "five"
	string	@mp+40, "%d %s\n"
	string	@mp+44, "%d %bd %g %d %d\n"
	real	@mp+48, 2.5

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
