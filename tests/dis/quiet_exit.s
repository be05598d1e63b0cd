# Threads ending with an exception "fail:..." or "interrupted", or by
# the exit instruction, end normally: no Broken line is printed.
	module	Quiet
	entry	init, $1
	datasize	24
	desc	$0, 24, "f8"
	desc	$1, 48, "00c0"
	desc	$2, 40, "0080"	# child(s: string); print(fmt)

init:
	load	0(mp), $0, 4(mp)
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	spawn	44(fp), raiser
	frame	$2, 44(fp)
	movp	16(mp), 32(44(fp))
	spawn	44(fp), raiser
	frame	$2, 44(fp)
	spawn	44(fp), exiter
	mframe	4(mp), $1, 44(fp)	# sleep(100)
	movw	$100, 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

raiser:
	raise	32(fp)
	ret
exiter:
	exit

	string	@mp+0, "$Sys"
	string	@mp+8, "done\n"
	string	@mp+12, "fail:quiet"
	string	@mp+16, "interrupted"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ext	0xe67bf126, "sleep"
