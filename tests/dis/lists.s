# Lists: cons* prepends, head*, tail, lenl (nil is 0), for words,
# strings, reals, bytes, bigs and typed blocks (consmp/headmp copy
# with their pointers); head of nil raises "dereference of nil".
	module	Lists
	entry	init, $1
	datasize	48
	desc	$0, 48, "ff"
	desc	$1, 112, "00cf05"	# 48 l, 52 m, 56 s, 60 exception, blocks at 80 and 88
	desc	$2, 56, "0080"	# print(fmt, 4 ints)
	desc	$3, 48, "00e0"	# print(fmt, string, string, int)
	desc	$4, 64, "0080"	# print(fmt, real, int, big)
	desc	$5, 8, "40"	# (int, string)

init:
	load	0(mp), $0, 4(mp)
	consw	$3, 48(fp)
	consw	$2, 48(fp)
	consw	$1, 48(fp)			# 1 :: 2 :: 3
	tail	48(fp), 52(fp)			# 2 :: 3
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	lenl	48(fp), 36(44(fp))		# 3
	headw	48(fp), 40(44(fp))		# 1
	headw	52(fp), 44(44(fp))		# 2
	lenl	16(mp), 48(44(fp))		# nil: 0
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	16(mp), 48(fp)
	consp	24(mp), 48(fp)
	consp	20(mp), 48(fp)			# "a" :: "b"
	headp	48(fp), 56(fp)
	tail	48(fp), 52(fp)
	movp	16(mp), 48(fp)			# only the tail is left
	frame	$3, 44(fp)
	movp	12(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))		# "a"
	headp	52(fp), 40(44(fp))		# "b"
	lenl	52(fp), 44(44(fp))		# 1
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	consl	40(mp), 48(fp)
	consb	$200, 48(fp)
	consf	32(mp), 48(fp)			# 2.5 :: 200 :: -7
	tail	48(fp), 52(fp)
	tail	52(fp), 56(fp)
	frame	$4, 44(fp)
	movp	28(mp), 32(44(fp))
	headf	48(fp), 40(44(fp))
	headb	52(fp), 64(fp)
	cvtbw	64(fp), 48(44(fp))
	headl	56(fp), 56(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movw	$42, 80(fp)
	movp	24(mp), 84(fp)
	movp	16(mp), 48(fp)
	consmp	80(fp), $5, 48(fp)
	movw	$0, 80(fp)
	movp	16(mp), 84(fp)			# the cell kept its own copy
	headmp	48(fp), $5, 88(fp)
	frame	$3, 44(fp)
	movp	12(mp), 32(44(fp))
	movp	92(fp), 36(44(fp))		# "b"
	movp	84(fp), 40(44(fp))		# nil
	movw	88(fp), 44(44(fp))		# 42
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	16(mp), 48(fp)
try:
	headw	48(fp), 64(fp)
	jmp	done
caught:
	frame	$3, 44(fp)
	movp	12(mp), 32(44(fp))
	movp	60(fp), 36(44(fp))
	movw	$0, 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
done:
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %d %d\n"
	string	@mp+12, "%s|%s|%d\n"
	string	@mp+20, "a"
	string	@mp+24, "b"
	string	@mp+28, "%g %d %bd\n"
	real	@mp+32, 2.5
	big	@mp+40, -7

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	60(fp), try, caught, -1
	ecase	"dereference of nil", caught
