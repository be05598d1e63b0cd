# An unhandled exception in a spawned thread kills that thread only:
# its Broken line is printed, the main thread goes on and the program
# exits normally (status 0).
	module	Unthread
	entry	init, $1
	datasize	24
	desc	$0, 24, "f8"
	desc	$1, 48, "00c0"
	desc	$2, 40, "0080"	# print(fmt)
	desc	$3, 32, ""	# child()

init:
	load	0(mp), $0, 4(mp)
	frame	$3, 44(fp)
	spawn	44(fp), child
	mframe	4(mp), $1, 44(fp)	# sleep(200)
	movw	$200, 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

child:
	raise	12(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "main goes on\n"
	string	@mp+12, "child boom"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ext	0xe67bf126, "sleep"
