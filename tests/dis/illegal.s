# Opcode 0 (nop) is not executable: "illegal dis instruction", caught
# like any exception; runt and eclr do nothing.
	module	Illegal
	entry	init, $1
	datasize	16
	desc	$0, 16, "e0"
	desc	$1, 64, "00c2"	# 56: the exception
	desc	$2, 40, "00c0"	# print(fmt, string)

init:
	load	0(mp), $0, 4(mp)
	runt
	eclr
try:
	nop
	ret
caught:
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%s\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	56(fp), try, caught, -1
	ewild	caught
