# A handler with a type descriptor: when it catches, the frame's
# pointer slots that the descriptor marks are released and set to
# nil (here 48), others are left alone (52); then the exception is
# stored in its slot.
	module	Exreset
	entry	init, $1
	datasize	32
	desc	$0, 32, "fe"
	desc	$1, 72, "00ce"	# 48, 52: strings, 56: the exception
	desc	$2, 72, "0008"	# the handler's: 48 only
	desc	$3, 48, "00b0"	# print(fmt, int, string, string)

init:
	load	0(mp), $0, 4(mp)
	movp	8(mp), 48(fp)
	movp	12(mp), 52(fp)
try:
	raise	16(mp)
	ret
caught:
	movw	$0, 64(fp)
	bnew	48(fp), 24(mp), l1
	movw	$1, 64(fp)
l1:
	frame	$3, 44(fp)
	movp	20(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movp	52(fp), 40(44(fp))
	movp	56(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "dropped"
	string	@mp+12, "kept"
	string	@mp+16, "boom"
	string	@mp+20, "%d %s %s\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	56(fp), try, caught, $2
	ewild	caught
