# Channel errors: a negative buffer size raises "negative array size";
# send on and receive from nil raise "dereference of nil"; an alt that
# both sends and receives on one channel raises "alt send/recv on
# same chan".
	module	Chanerr
	entry	init, $1
	datasize	48
	desc	$0, 48, "f8"
	desc	$1, 96, "00ce"	# 48 c, 52 nil, 56 the exception
	desc	$2, 48, "00a0"	# print(fmt, int, string)

init:
	load	0(mp), $0, 4(mp)
	newcw	48(fp)
	movw	$0, 64(fp)
	goto	64(fp), 24(mp)
s0:
	newcw	$-1, 52(fp)
	jmp	none
s1:
	send	68(fp), 52(fp)
	jmp	none
s2:
	recv	52(fp), 68(fp)
	jmp	none
s3:
	movw	$1, 72(fp)		# one send, one receive, both on c
	movw	$1, 76(fp)
	movw	48(fp), 80(fp)
	lea	68(fp), 84(fp)
	movw	48(fp), 88(fp)
	lea	68(fp), 92(fp)
	alt	72(fp), 68(fp)
	jmp	none
s4:
	ret
none:
	movp	16(mp), 56(fp)
caught:
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movp	56(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	addw	$1, 64(fp)
	goto	64(fp), 24(mp)

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %s\n"
	string	@mp+16, "no exception"
	word	@mp+20, 5, s0, s1, s2, s3, s4

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	56(fp), s0, s4, -1
	ewild	caught
