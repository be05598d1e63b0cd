# Adts (ref objects): new, fields through double indirection, movmp
# copying a value with its pointers (the copy and the original are
# independent), two refs to one object, newz zeroing, movm of a
# pointer-free block, and a field access through nil raising
# "dereference of nil".
	module	Adt
	entry	init, $1
	datasize	40
	desc	$0, 40, "fc"
	desc	$1, 96, "00cf40"	# 48 p, 52 q, 56 z, 60 exception; block at 64 (string at 68)
	desc	$2, 56, "00a8"		# print(fmt, int, string, int, string, int)
	desc	$3, 8, "40"		# Pt: x int, s string

init:
	load	0(mp), $0, 4(mp)
	new	$3, 48(fp)
	movw	$7, 0(48(fp))
	movp	16(mp), 4(48(fp))		# p = Pt(7, "seven")
	movmp	0(48(fp)), $3, 64(fp)		# a value copy
	movw	$8, 64(fp)
	movp	20(mp), 68(fp)			# copy = (8, "eight")
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	0(48(fp)), 36(44(fp))
	movp	4(48(fp)), 40(44(fp))
	movw	64(fp), 44(44(fp))
	movp	68(fp), 48(44(fp))
	movw	$0, 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	48(fp), 52(fp)			# q = p
	movw	$9, 0(52(fp))
	movp	20(mp), 4(52(fp))
	movp	16(mp), 68(fp)			# copy = (8, "seven")
	newz	$3, 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	0(48(fp)), 36(44(fp))		# 9 through p
	movp	4(48(fp)), 40(44(fp))		# "eight"
	movw	0(56(fp)), 44(44(fp))		# 0
	movp	4(56(fp)), 48(44(fp))		# nil
	movw	$1, 52(44(fp))
	beqw	48(fp), 52(fp), same
	movw	$0, 52(44(fp))
same:
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movmp	64(fp), $3, 0(48(fp))		# *p = copy
	movm	32(mp), $8, 88(fp)		# two words
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	0(48(fp)), 36(44(fp))
	movp	4(52(fp)), 40(44(fp))
	movw	88(fp), 44(44(fp))
	movp	68(fp), 48(44(fp))
	movw	92(fp), 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
try:
	movw	0(60(fp)), 72(fp)
	jmp	done
caught:
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	movp	60(fp), 40(44(fp))
	movw	$0, 44(44(fp))
	movw	$0, 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
done:
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %s %d %s %d\n"
	string	@mp+12, "%d %s\n"
	string	@mp+16, "seven"
	string	@mp+20, "eight"
	word	@mp+32, 31, 32

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	60(fp), try, caught, -1
	ecase	"dereference*", caught
