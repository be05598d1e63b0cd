# Calls into a module loaded at run time from /dis/lib: load links the
# import list by name and sig; mframe/mcall with results; two loads
# are two instances with their own data; exported data read and
# written through word 0 of the handle; an exception raised in the
# other module is caught here.
	module	Mcall
	entry	init, $1
	datasize	40
	desc	$0, 40, "ff80"
	desc	$1, 96, "00c404"	# 52: a string; 84: the exception
	desc	$2, 64, "0084"		# print(fmt, 4 ints, string, 2 ints)
	desc	$3, 40, "00c0"		# print(fmt, string)

init:
	load	0(mp), $0, 4(mp)
	load	8(mp), $1, 12(mp)
	load	8(mp), $1, 16(mp)
	mframe	12(mp), $0, 44(fp)		# add(2, 3)
	movw	$2, 32(44(fp))
	movw	$3, 36(44(fp))
	lea	56(fp), 16(44(fp))
	mcall	44(fp), $0, 12(mp)
	mframe	12(mp), $1, 44(fp)		# bump() on the first instance
	lea	60(fp), 16(44(fp))
	mcall	44(fp), $1, 12(mp)
	mframe	12(mp), $1, 44(fp)		# again
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $1, 12(mp)
	mframe	16(mp), $1, 44(fp)		# bump() on the second
	lea	68(fp), 16(44(fp))
	mcall	44(fp), $1, 16(mp)
	mframe	12(mp), $3, 44(fp)		# greet("dis")
	movp	24(mp), 32(44(fp))
	lea	52(fp), 16(44(fp))
	mcall	44(fp), $3, 12(mp)
	movw	0(12(mp)), 72(fp)		# the first instance's MP
	movw	0(72(fp)), 76(fp)		# its counter: 2
	movw	$40, 0(72(fp))
	mframe	12(mp), $1, 44(fp)		# 41
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $1, 12(mp)
	frame	$2, 44(fp)
	movp	20(mp), 32(44(fp))
	movw	56(fp), 36(44(fp))
	movw	60(fp), 40(44(fp))
	movw	64(fp), 44(44(fp))
	movw	68(fp), 48(44(fp))
	movp	52(fp), 52(44(fp))
	movw	76(fp), 56(44(fp))
	movw	80(fp), 60(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	mframe	16(mp), $2, 44(fp)		# fail("oops")
	movp	28(mp), 32(44(fp))
try:
	mcall	44(fp), $2, 16(mp)
	jmp	done
caught:
	frame	$3, 44(fp)
	movp	32(mp), 32(44(fp))
	movp	84(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
done:
	ret
end:

	string	@mp+0, "$Sys"
	string	@mp+8, "/dis/lib/mathlib.dis"
	string	@mp+20, "%d %d %d %d %s %d %d\n"
	string	@mp+24, "dis"
	string	@mp+28, "oops"
	string	@mp+32, "caught %s\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ldt	1
	ext	0x6584767b, "add"
	ext	0x616977e8, "bump"
	ext	0x1273096a, "fail"
	ext	0xb2cd7190, "greet"

	handler	84(fp), try, done, -1
	ecase	"oops", caught
