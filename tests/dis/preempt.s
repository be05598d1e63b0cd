# Preemption: a spawned thread spins until a global flag is set; main
# runs a loop of many quanta meanwhile, then sets the flag and waits
# for the spinner's count of turns. Main finishing shows the spinner
# cannot starve it; a count above 0 shows main was preempted too.
	module	Preempt
	entry	init, $1
	datasize	24
	desc	$0, 24, "e0"
	desc	$1, 72, "00c8"	# 48 the channel
	desc	$2, 48, "0080"	# spinner(c: chan of int): n 36
	desc	$3, 48, "0080"	# print(fmt, int, int)

init:
	load	0(mp), $0, 4(mp)
	movw	$0, 12(mp)		# the flag
	newcw	48(fp)
	frame	$2, 44(fp)
	movp	48(fp), 32(44(fp))
	spawn	44(fp), spinner
	movw	$0, 56(fp)
	movw	$0, 60(fp)
work:
	addw	56(fp), 60(fp)
	addw	$1, 56(fp)
	bltw	56(fp), 16(mp), work
	movw	$1, 12(mp)
	recv	48(fp), 64(fp)
	movw	$0, 68(fp)
	blew	64(fp), $0, none
	movw	$1, 68(fp)
none:
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	60(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

spinner:
	movw	$0, 36(fp)
spin:
	addw	$1, 36(fp)
	beqw	12(mp), $0, spin
	send	36(fp), 32(fp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "sum %d spinner ran %d\n"
	word	@mp+16, 200000

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
