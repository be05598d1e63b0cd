# Big (64-bit) arithmetic: addl/subl/mull wrap mod 2^64, divl/modl
# truncate toward zero, and/or/xor; printed with %bd.
	module	Arithl
	entry	init, $1
	datasize	64
	desc	$0, 64, "e0"
	desc	$1, 160, "00c0"
	desc	$2, 72, "0080"	# print(fmt, 4 bigs at 40, 48, 56, 64)

init:
	load	0(mp), $0, 4(mp)
	addl	40(mp), 16(mp), 64(fp)	# max+7 wraps
	subl	40(mp), 24(mp), 72(fp)	# min-7 wraps
	mull	32(mp), 32(mp), 80(fp)	# 2^64 -> 0
	mull	56(mp), 56(mp), 88(fp)	# 1000000007^2
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movl	64(fp), 40(44(fp))
	movl	72(fp), 48(44(fp))
	movl	80(fp), 56(44(fp))
	movl	88(fp), 64(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	divl	48(mp), 40(mp), 64(fp)	# 7 / -2 = -3
	modl	48(mp), 40(mp), 72(fp)	# 7 % -2 = 1
	modl	40(mp), 24(mp), 80(fp)	# min % 7 = -1
	andl	16(mp), 32(mp), 88(fp)	# 2^32 & max
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movl	64(fp), 40(44(fp))
	movl	72(fp), 48(44(fp))
	movl	80(fp), 56(44(fp))
	movl	88(fp), 64(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	xorl	16(mp), 24(mp), 64(fp)	# max ^ min = -1
	mull	16(mp), 56(mp), 72(fp)	# 1000000007 * max, low 64 bits
	orl	40(mp), 32(mp), 80(fp)	# 2^32 | 7
	subl	24(mp), 24(mp), 88(fp)	# min - min = 0 ... then
	subl	24(mp), 88(fp)		# 0 - min = min (wraps)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movl	64(fp), 40(44(fp))
	movl	72(fp), 48(44(fp))
	movl	80(fp), 56(44(fp))
	movl	88(fp), 64(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%bd %bd %bd %bd\n"
	big	@mp+16, 9223372036854775807, -9223372036854775808, 0x100000000, 7, -2, 1000000007

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
