# alt with an array of channels in a receive entry: ready when any
# element is; the data address gets the element's index, then the
# value. Then 100 alts over two receive entries that are both always
# ready: each returns a valid index with the value from that channel,
# and both entries get chosen (the choice is pseudo-random).
	module	Altarray
	entry	init, $1
	datasize	16
	desc	$0, 16, "f0"
	desc	$1, 128, "00ce"	# 48 the array, 52 c1, 56 c2
	desc	$2, 4, "80"	# chan of int
	desc	$3, 56, "0080"	# print(fmt, 4 ints)

init:
	load	0(mp), $0, 4(mp)
	newa	$3, $2, 48(fp)
	indw	48(fp), 64(fp), $0
	newcw	$1, 0(64(fp))
	indw	48(fp), 64(fp), $1
	newcw	$1, 0(64(fp))
	indw	48(fp), 64(fp), $2
	newcw	$1, 0(64(fp))
	movw	$77, 68(fp)
	send	68(fp), 0(64(fp))		# on element 2
	movw	$0, 72(fp)			# nsend
	movw	$1, 76(fp)			# nrecv
	movw	48(fp), 80(fp)			# the array as the channel
	lea	100(fp), 84(fp)			# index at 100, value at 104
	movw	$-1, 100(fp)
	movw	$-1, 104(fp)
	alt	72(fp), 96(fp)
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	96(fp), 36(44(fp))
	movw	100(fp), 40(44(fp))
	movw	104(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	newcw	$100, 52(fp)
	newcw	$100, 56(fp)
	movw	$0, 88(fp)
fill:
	movw	$1, 68(fp)
	send	68(fp), 52(fp)
	movw	$2, 68(fp)
	send	68(fp), 56(fp)
	addw	$1, 88(fp)
	bltw	88(fp), $100, fill
	movw	$0, 72(fp)
	movw	$2, 76(fp)
	movw	52(fp), 80(fp)
	lea	104(fp), 84(fp)
	movw	56(fp), 88(fp)
	lea	104(fp), 92(fp)
	movw	$0, 108(fp)			# times 0 chosen
	movw	$0, 112(fp)			# times 1 chosen
	movw	$0, 116(fp)			# inconsistent results
	movw	$0, 120(fp)
loop:
	alt	72(fp), 96(fp)
	addw	$1, 96(fp), 124(fp)		# the value sent on entry i is i+1
	beqw	104(fp), 124(fp), same
	addw	$1, 116(fp)
same:
	bnew	96(fp), $0, one
	addw	$1, 108(fp)
	jmp	next
one:
	addw	$1, 112(fp)
next:
	addw	$1, 120(fp)
	bltw	120(fp), $100, loop
	frame	$3, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	blew	108(fp), $0, l1
	movw	$1, 36(44(fp))
l1:
	movw	$0, 40(44(fp))
	blew	112(fp), $0, l2
	movw	$1, 40(44(fp))
l2:
	movw	116(fp), 44(44(fp))
	addw	108(fp), 112(fp), 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "array %d %d %d\n"
	string	@mp+12, "first chosen %d second chosen %d inconsistent %d total %d\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
