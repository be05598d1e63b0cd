# Long structures freed by reference counting: a list of a million
# words and a chain of a million adts (each holding the next) are
# built and dropped; freeing them must not recurse a million deep.
# Done three times, so that the memory is really given back.
	module	Longlist
	entry	init, $1
	datasize	24
	desc	$0, 24, "f8"
	desc	$1, 80, "00ce"	# 48 the list, 52 the chain, 56 a node
	desc	$2, 8, "80"	# Node: next, v
	desc	$3, 48, "0080"	# print(fmt, int, int)

init:
	load	0(mp), $0, 4(mp)
	movw	$0, 72(fp)
round:
	movw	$0, 64(fp)
list:
	consw	64(fp), 48(fp)
	addw	$1, 64(fp)
	bltw	64(fp), 20(mp), list
	movw	$0, 64(fp)
chain:
	new	$2, 56(fp)
	movp	52(fp), 0(56(fp))
	movw	64(fp), 4(56(fp))
	movp	56(fp), 52(fp)
	addw	$1, 64(fp)
	bltw	64(fp), 20(mp), chain
	movp	16(mp), 56(fp)
	lenl	48(fp), 60(fp)
	movw	4(52(fp)), 68(fp)
	movp	16(mp), 48(fp)		# free the list
	movp	16(mp), 52(fp)		# free the chain
	addw	$1, 72(fp)
	bltw	72(fp), $3, round
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	60(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "list %d, chain head %d, freed\n"
	word	@mp+20, 1000000

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
