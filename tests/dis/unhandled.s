# An exception nobody handles ends the program: the kernel exits with
# status 1 and the [Module] Broken: "text" line is printed.
	module	Unhandled
	entry	init, $1
	datasize	24
	desc	$0, 24, "f8"
	desc	$1, 48, "00c0"
	desc	$2, 40, "0080"	# print(fmt)

init:
	load	0(mp), $0, 4(mp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	raise	16(mp)
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "before\n"
	string	@mp+12, "after\n"
	string	@mp+16, "boom"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
