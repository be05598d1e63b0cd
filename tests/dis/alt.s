# alt and nbalt: a blocking alt over two receives completes on the one
# a spawned thread sends on (index 1); nbalt with nothing ready takes
# the default (nsend+nrecv = 2); a blocking alt whose send a spawned
# receiver takes (index 0); nbalt on a buffered channel holding a value.
	module	Alt
	entry	init, $1
	datasize	32
	desc	$0, 32, "fe"
	desc	$1, 128, "00cf"	# 48 c1, 52 c2, 56 c3, 60 c4: channels
	desc	$2, 40, "0080"	# sender(c: chan of int): 36 the value
	desc	$3, 48, "00c0"	# relay(in, out: chan of int): 40 the value
	desc	$4, 48, "0080"	# print(fmt, int, int)

init:
	load	0(mp), $0, 4(mp)
	newcw	48(fp)
	newcw	52(fp)
	newcw	56(fp)
	newcw	$1, 60(fp)
	frame	$2, 44(fp)
	movp	52(fp), 32(44(fp))
	spawn	44(fp), sender
	movw	$0, 64(fp)		# nsend
	movw	$2, 68(fp)		# nrecv
	movw	48(fp), 72(fp)
	lea	100(fp), 76(fp)
	movw	52(fp), 80(fp)
	lea	104(fp), 84(fp)
	alt	64(fp), 96(fp)		# c2 is the one: 1, value 42
	frame	$4, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	96(fp), 36(44(fp))
	movw	104(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	nbalt	64(fp), 96(fp)		# nothing ready: 2
	frame	$4, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	96(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$3, 44(fp)
	movp	48(fp), 32(44(fp))
	movp	60(fp), 36(44(fp))
	spawn	44(fp), relay
	movw	$1, 64(fp)		# send 7 on c1, or receive on c3
	movw	$1, 68(fp)
	movw	48(fp), 72(fp)
	movw	$7, 100(fp)
	lea	100(fp), 76(fp)
	movw	56(fp), 80(fp)
	lea	104(fp), 84(fp)
	alt	64(fp), 96(fp)		# the relay takes the send: 0
	recv	60(fp), 108(fp)		# it sends 7+1 on c4
	frame	$4, 44(fp)
	movp	16(mp), 32(44(fp))
	movw	96(fp), 36(44(fp))
	movw	108(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movw	$99, 100(fp)
	send	100(fp), 60(fp)
	movw	$0, 64(fp)
	movw	$2, 68(fp)
	movw	56(fp), 72(fp)
	lea	104(fp), 76(fp)
	movw	60(fp), 80(fp)
	lea	108(fp), 84(fp)
	nbalt	64(fp), 96(fp)		# c4 holds 99: 1
	frame	$4, 44(fp)
	movp	20(mp), 32(44(fp))
	movw	96(fp), 36(44(fp))
	movw	108(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

sender:
	movw	$42, 36(fp)
	send	36(fp), 32(fp)
	ret

relay:
	recv	32(fp), 40(fp)
	addw	$1, 40(fp)
	send	40(fp), 36(fp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "alt %d %d\n"
	string	@mp+12, "nbalt %d\n"
	string	@mp+16, "alt send %d %d\n"
	string	@mp+20, "nbalt buffered %d %d\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
