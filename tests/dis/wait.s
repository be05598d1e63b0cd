# /prog/N/wait: opened by the parent before it spawns, each read
# returns one child's exit message: pid "Module": then the error text,
# empty for a normal exit. The children drop fd 2 so that the second
# one's death by exception prints nothing.
	module	Wait
	entry	init, $1
	datasize	48
	desc	$0, 48, "fff0"
	desc	$1, 112, "00cfc0"	# 48 path, 52 wfd, 56 buf, 60 msg, 64 chan, 68 want
	desc	$2, 40, "0080"		# sprint(fmt, int); print(fmt, int)
	desc	$3, 48, "0080"		# child(c: chan of int, fail: int): frame 40, pid 44
	desc	$4, 1, ""		# byte
	desc	$5, 48, "00e0"		# print(fmt, string, string)

init:
	load	0(mp), $0, 4(mp)
	mframe	4(mp), $1, 44(fp)	# pctl(0, nil)
	movw	$0, 32(44(fp))
	lea	72(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	72(fp), 36(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)	# sprint("/prog/%d/wait", pid)
	mframe	4(mp), $0, 44(fp)
	movp	48(fp), 32(44(fp))
	movw	$0, 36(44(fp))
	lea	52(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)	# open(path, OREAD)
	newcw	64(fp)
	movw	$0, 76(fp)		# round: 0 normal, 1 exception
round:
	frame	$3, 44(fp)
	movp	64(fp), 32(44(fp))
	movw	76(fp), 36(44(fp))
	spawn	44(fp), child
	recv	64(fp), 80(fp)		# its pid
	newa	$192, $4, 56(fp)
	mframe	4(mp), $3, 44(fp)
	movp	52(fp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	$192, 40(44(fp))
	lea	84(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)	# read(wfd, buf, 192)
	movp	36(mp), 60(fp)
	blew	84(fp), $0, noread
	slicea	$0, 84(fp), 56(fp)
	cvtac	56(fp), 60(fp)
noread:
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	beqw	76(fp), $0, l1
	movp	16(mp), 32(44(fp))
l1:
	movw	80(fp), 36(44(fp))
	lea	68(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)	# the message we want
	frame	$5, 44(fp)
	movp	20(mp), 32(44(fp))
	movp	28(mp), 36(44(fp))
	beqw	76(fp), $0, l1b
	movp	32(mp), 36(44(fp))
l1b:
	movp	24(mp), 40(44(fp))
	beqc	60(fp), 68(fp), l2
	movp	60(fp), 40(44(fp))
l2:
	lea	88(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	addw	$1, 76(fp)
	blew	76(fp), $1, round
	ret

child:
	mframe	4(mp), $1, 40(fp)	# pctl(NEWFD, nil): no fd 2
	movw	$1, 32(40(fp))
	movp	36(mp), 36(40(fp))
	lea	44(fp), 16(40(fp))
	mcall	40(fp), $1, 4(mp)
	send	44(fp), 32(fp)
	beqw	36(fp), $0, normal
	raise	40(mp)
normal:
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/prog/%d/wait"
	string	@mp+12, "%d \"Wait\":"
	string	@mp+16, "%d \"Wait\":oops"
	string	@mp+20, "%s: %s\n"
	string	@mp+24, "as expected"
	string	@mp+28, "normal exit"
	string	@mp+32, "exception"
	string	@mp+40, "oops"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x8f477f99, "open"
	ext	0x05df27fb, "pctl"
	ext	0xac849033, "print"
	ext	0x7cfef557, "read"
	ext	0x4c0624b6, "sprint"
