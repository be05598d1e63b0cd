# $self: load "$self" gives a handle on this very instance (same MP:
# a global changed through it is seen directly, and word 0 of the
# handle is our MP); calls through it; a function reference object
# (handle, link index) called the compiler's way; the self
# instruction's handle with a negative index naming an export.
	module	Self
	entry	init, $1
	datasize	40
	desc	$0, 40, "fb80"
	desc	$1, 96, "00c840"	# 48: the function reference, 68: a string
	desc	$2, 40, ""	# double(x: int): int; incg(): int
	desc	$3, 64, "0088"	# print(fmt, int, int, int, string, int, int)
	desc	$4, 8, "80"	# ref fn(x: int): int

init:
	load	0(mp), $0, 4(mp)
	load	8(mp), $1, 12(mp)
	mframe	12(mp), $0, 44(fp)		# double(21)
	movw	$21, 32(44(fp))
	lea	56(fp), 16(44(fp))
	mcall	44(fp), $0, 12(mp)
	mframe	12(mp), $1, 44(fp)		# incg()
	lea	60(fp), 16(44(fp))
	mcall	44(fp), $1, 12(mp)
	movw	20(mp), 64(fp)			# g directly
	movp	24(mp), 68(fp)			# "different"
	movw	0(12(mp)), 72(fp)
	lea	0(mp), 76(fp)
	bnew	72(fp), 76(fp), diff
	movp	28(mp), 68(fp)			# "same"
diff:
	new	$4, 48(fp)
	movp	12(mp), 0(48(fp))
	movw	$0, 4(48(fp))			# ref to double
	movw	4(48(fp)), 80(fp)
	mframe	0(48(fp)), 80(fp), 44(fp)
	movw	$50, 32(44(fp))
	lea	84(fp), 16(44(fp))
	mcall	44(fp), 80(fp), 0(48(fp))
	self	16(mp)
	mframe	16(mp), $-2, 44(fp)		# export 1: double
	movw	$7, 32(44(fp))
	lea	88(fp), 16(44(fp))
	mcall	44(fp), $-2, 16(mp)
	frame	$3, 44(fp)
	movp	32(mp), 32(44(fp))
	movw	56(fp), 36(44(fp))
	movw	60(fp), 40(44(fp))
	movw	64(fp), 44(44(fp))
	movp	68(fp), 48(44(fp))
	movw	84(fp), 52(44(fp))
	movw	88(fp), 56(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

double:
	addw	32(fp), 32(fp), 0(16(fp))
	ret
incg:
	addw	$1, 20(mp)
	movw	20(mp), 0(16(fp))
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "$self"
	word	@mp+20, 5
	string	@mp+24, "different"
	string	@mp+28, "same"
	string	@mp+32, "%d %d %d %s %d %d\n"

	link	init, $1, 0x4244b354, "init"
	link	double, $2, 0xe67bf126, "double"
	link	incg, $2, 0x616977e8, "incg"
	ldt	0
	ext	0xac849033, "print"
	ldt	1
	ext	0xe67bf126, "double"
	ext	0x616977e8, "incg"
