# killgrp through /prog/N/ctl: main leads a new group, spawns two
# threads (without fd 2) that block, and writes "killgrp" to its own
# ctl: both are gone (polled for up to two seconds), the writer
# lives on.
	module	Killgrp
	entry	init, $1
	datasize	48
	desc	$0, 48, "fff0"
	desc	$1, 96, "00cf"		# 48 c, 52 c2, 56 path, 60 fd
	desc	$2, 56, "00c0"		# child(c, c2): frame 40, pid 44, v 48
	desc	$3, 40, "0080"		# sprint(fmt, int)
	desc	$4, 56, "0060"		# gone(pid): path 36, fd 40, frame 44, result 48
	desc	$5, 48, "0080"		# print(fmt, int, int)
	desc	$6, 40, "00c0"		# fprint(fd, fmt)

init:
	load	0(mp), $0, 4(mp)
	mframe	4(mp), $1, 44(fp)	# pctl(NEWPGRP, nil)
	movw	$16, 32(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	newcw	48(fp)
	newcw	52(fp)
	frame	$2, 44(fp)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	spawn	44(fp), child
	frame	$2, 44(fp)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	spawn	44(fp), child
	recv	48(fp), 68(fp)
	recv	48(fp), 72(fp)
	mframe	4(mp), $3, 44(fp)	# sleep(50)
	movw	$50, 32(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	frame	$3, 44(fp)		# sprint("/prog/%d/ctl", pid)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	lea	56(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	mframe	4(mp), $0, 44(fp)	# open(path, OWRITE)
	movp	56(fp), 32(44(fp))
	movw	$1, 36(44(fp))
	lea	60(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$6, 44(fp)		# fprint(fd, "killgrp")
	movp	60(fp), 32(44(fp))
	movp	12(mp), 36(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	movp	16(mp), 60(fp)
	movw	$0, 88(fp)
poll:
	frame	$4, 44(fp)
	movw	68(fp), 32(44(fp))
	lea	80(fp), 16(44(fp))
	call	44(fp), gone
	frame	$4, 44(fp)
	movw	72(fp), 32(44(fp))
	lea	84(fp), 16(44(fp))
	call	44(fp), gone
	andw	80(fp), 84(fp), 92(fp)
	bnew	92(fp), $0, both
	mframe	4(mp), $3, 44(fp)	# sleep(20)
	movw	$20, 32(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	addw	$1, 88(fp)
	bltw	88(fp), $100, poll
both:
	frame	$5, 44(fp)
	movp	20(mp), 32(44(fp))
	movw	80(fp), 36(44(fp))
	movw	84(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	ret

child:
	mframe	4(mp), $1, 40(fp)	# pctl(NEWFD, nil)
	movw	$1, 32(40(fp))
	movp	16(mp), 36(40(fp))
	lea	44(fp), 16(40(fp))
	mcall	40(fp), $1, 4(mp)
	send	44(fp), 32(fp)
	recv	36(fp), 48(fp)		# never
	ret

# gone(pid): 1 if /prog/pid/status cannot be opened
gone:
	frame	$3, 44(fp)
	movp	24(mp), 32(44(fp))
	movw	32(fp), 36(44(fp))
	lea	36(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	mframe	4(mp), $0, 44(fp)
	movp	36(fp), 32(44(fp))
	movw	$0, 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movw	$1, 0(16(fp))
	beqw	40(fp), 16(mp), g1
	movw	$0, 0(16(fp))
g1:
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/prog/%d/ctl"
	string	@mp+12, "killgrp"
	string	@mp+20, "gone %d %d, the writer lives\n"
	string	@mp+24, "/prog/%d/status"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x8f477f99, "open"
	ext	0x05df27fb, "pctl"
	ext	0xac849033, "print"
	ext	0xe67bf126, "sleep"
	ext	0x4c0624b6, "sprint"
	ext	0xf46486c8, "fprint"
