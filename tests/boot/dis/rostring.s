# A string constant of a module prepared at build time lies in flash
# (man/8/pico): changing a character of it must change a copy, never
# the constant, which the kernel cannot write. Prints "xello" then
# "hello" and ends with status 0.
	module	Rostring
	entry	init, $2
	datasize	20

	desc	$0, 20, "f8"	# MP: "$Sys", "hello\n", the copy, sys, "%s"
	desc	$1, 40, "00c0"	# print's frame: the format at 32, the string at 36
	desc	$2, 48, "00c0"	# init's frame: ctxt and argv

init:
	load	0(mp), $0, 12(mp)
	movp	4(mp), 8(mp)		# copy := "hello\n", shared with the constant
	insc	$120, $0, 8(mp)		# copy[0] = 'x'
	frame	$1, 44(fp)
	movp	16(mp), 32(44(fp))
	movp	8(mp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 12(mp)	# sys->print("%s", copy)
	frame	$1, 44(fp)
	movp	16(mp), 32(44(fp))
	movp	4(mp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 12(mp)	# sys->print("%s", "hello\n")
	ret

	string	@mp+0, "$Sys"
	string	@mp+4, "hello\n"
	string	@mp+16, "%s"

	link	init, $2, 0x4244b354, "init"

	ldt	0
	ext	0xac849033, "print"
