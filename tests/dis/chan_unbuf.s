# An unbuffered channel between two threads: a spawned sender sends
# 1..5 (each send waits for the receiver), main receives them in
# order and their sum; then a channel of strings the other way.
	module	Chanu
	entry	init, $1
	datasize	24
	desc	$0, 24, "fc"
	desc	$1, 80, "00ce"	# 48 c, 52 d, 56 s
	desc	$2, 48, "00c0"	# sender(c: chan of int, d: chan of string): i 40
	desc	$3, 48, "0080"	# print(fmt, int, int)
	desc	$4, 40, "00c0"	# print(fmt, string)

init:
	load	0(mp), $0, 4(mp)
	newcw	48(fp)
	newcp	52(fp)
	frame	$2, 44(fp)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	spawn	44(fp), sender
	movw	$0, 64(fp)
	movw	$0, 68(fp)
loop:
	recv	48(fp), 72(fp)
	addw	72(fp), 68(fp)
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	72(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	addw	$1, 64(fp)
	bltw	64(fp), $5, loop
	recv	52(fp), 56(fp)
	frame	$4, 44(fp)
	movp	12(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

sender:
	movw	$1, 40(fp)
sloop:
	send	40(fp), 32(fp)
	addw	$1, 40(fp)
	blew	40(fp), $5, sloop
	send	16(mp), 36(fp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "got %d sum %d\n"
	string	@mp+12, "%s\n"
	string	@mp+16, "sender done"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
