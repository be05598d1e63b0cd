# mspawn: a thread running a function of another module (sendinc
# sends its argument plus one on a channel); mspawn of a built-in
# function raises "spawn a builtin module".
	module	Mspawn
	entry	init, $1
	datasize	32
	desc	$0, 32, "fe"
	desc	$1, 72, "00ca"	# 48 the channel, 56 the exception
	desc	$2, 48, "0080"	# print(fmt, int)
	desc	$3, 40, "00c0"	# print(fmt, string)

init:
	load	0(mp), $0, 4(mp)
	load	8(mp), $1, 12(mp)
	newcw	48(fp)
	mframe	12(mp), $0, 44(fp)
	movp	48(fp), 32(44(fp))
	movw	$41, 36(44(fp))
	mspawn	44(fp), $0, 12(mp)
	recv	48(fp), 60(fp)
	frame	$2, 44(fp)
	movp	16(mp), 32(44(fp))
	movw	60(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	mframe	4(mp), $1, 44(fp)	# sleep(0), spawned
	movw	$0, 32(44(fp))
try:
	mspawn	44(fp), $1, 4(mp)
	ret
caught:
	frame	$3, 44(fp)
	movp	20(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/dis/lib/mathlib.dis"
	string	@mp+16, "got %d\n"
	string	@mp+20, "%s\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ext	0xe67bf126, "sleep"
	ldt	1
	ext	0x75f96d0a, "sendinc"

	handler	56(fp), try, caught, -1
	ewild	caught
