# mnewz: a zeroed object of a type of another loaded module (Mathlib's
# type 3, 40 bytes with a pointer at 32: words 0, pointer nil); on a
# nil module handle it raises "module not loaded".
	module	Mnewz
	entry	init, $1
	datasize	32
	desc	$0, 32, "fe"
	desc	$1, 72, "00ca"	# 48 the object, 56 the exception
	desc	$2, 56, "00a0"	# print(fmt, int, string, int, int, int)

init:
	load	0(mp), $0, 4(mp)
	load	8(mp), $1, 12(mp)
	mnewz	12(mp), $3, 48(fp)
	movw	$1, 60(fp)			# 1: the pointer is nil
	beqw	32(48(fp)), 20(mp), isnil
	movw	$0, 60(fp)
isnil:
	movp	24(mp), 56(fp)
try:
	mnewz	20(mp), $3, 48(fp)
caught:
	frame	$2, 44(fp)
	movp	16(mp), 32(44(fp))
	movw	0(48(fp)), 36(44(fp))
	movp	56(fp), 40(44(fp))
	movw	28(48(fp)), 44(44(fp))
	movw	60(fp), 48(44(fp))
	movw	$0, 52(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/dis/lib/mathlib.dis"
	string	@mp+16, "%d %s %d %d\n"
	string	@mp+24, "no exception"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ldt	1
	ext	0x6584767b, "add"

	handler	56(fp), try, caught, -1
	ewild	caught
