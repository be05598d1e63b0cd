# The kernel exits when the first program does, with its status,
# even though a thread it spawned is still running (spinning).
	module	Exitmain
	entry	init, $1
	datasize	16
	desc	$0, 16, "e0"
	desc	$1, 48, "00c0"
	desc	$2, 40, "0080"	# print(fmt)
	desc	$3, 32, ""	# spinner()

init:
	load	0(mp), $0, 4(mp)
	frame	$3, 44(fp)
	spawn	44(fp), spinner
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret
spinner:
	jmp	spinner

	string	@mp+0, "$Sys"
	string	@mp+8, "main done\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
