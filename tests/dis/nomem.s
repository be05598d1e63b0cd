# An array far larger than the heap (200M words, 800 MB) raises
# "out of memory: heap", caught; the program then goes on allocating.
	module	Nomem
	entry	init, $1
	datasize	24
	desc	$0, 24, "f8"
	desc	$1, 72, "00ca"	# 48 the array, 56 the exception
	desc	$2, 4, ""	# int
	desc	$3, 48, "00a0"	# print(fmt, int, string)

init:
	load	0(mp), $0, 4(mp)
	movp	16(mp), 56(fp)
try:
	newa	20(mp), $2, 48(fp)
caught:
	newa	$10, $2, 48(fp)
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	lena	48(fp), 36(44(fp))
	movp	56(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %s\n"
	string	@mp+16, "no exception"
	word	@mp+20, 200000000

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	56(fp), try, caught, -1
	ewild	caught
