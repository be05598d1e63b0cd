# Garbage only the cycle collector can free, in long chains: twenty
# times, a ring of 300000 adts (each holding the next, the last the
# first) is built and dropped. Twenty rings are more than the heap
# holds, so the collector must free them, and marking a 300000-long
# chain must not overflow anything.
	module	Deepcycle
	entry	init, $1
	datasize	24
	desc	$0, 24, "f8"
	desc	$1, 80, "00ce"	# 48 first, 52 the last made, 56 a node
	desc	$2, 8, "80"	# Node: next, v
	desc	$3, 48, "0080"	# print(fmt, int, int)

init:
	load	0(mp), $0, 4(mp)
	movw	$0, 72(fp)
round:
	new	$2, 48(fp)
	movw	$0, 4(48(fp))
	movp	48(fp), 52(fp)
	movw	$1, 64(fp)
ring:
	new	$2, 56(fp)
	movw	64(fp), 4(56(fp))
	movp	56(fp), 0(52(fp))	# last.next = node
	movp	56(fp), 52(fp)
	addw	$1, 64(fp)
	bltw	64(fp), 20(mp), ring
	movp	48(fp), 0(52(fp))	# close the ring
	movw	4(52(fp)), 68(fp)
	movp	16(mp), 48(fp)
	movp	16(mp), 52(fp)
	movp	16(mp), 56(fp)
	addw	$1, 72(fp)
	bltw	72(fp), $20, round
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	72(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "survived %d rings, last node %d\n"
	word	@mp+20, 300000

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
