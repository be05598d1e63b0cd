# pctl: returns the pid (the same after NEWPGRP and the FORK flags);
# /prog/N/pgrp shows the new group; a spawned thread has another pid
# and is in the spawner's group; NEWFD keeping only fd 1 closes fd 2.
	module	Pctl
	entry	init, $1
	datasize	48
	desc	$0, 48, "fff0"
	desc	$1, 112, "00cfc0"	# 48 path, 52 fd, 56 buf, 60 s, 64 chan, 68 list
	desc	$2, 40, "0080"		# sprint(fmt, int)
	desc	$3, 56, "0080"		# print(fmt, 5 ints)
	desc	$4, 48, "0080"		# child(c: chan of int): pid 36, frame 40
	desc	$5, 1, ""		# byte
	desc	$6, 64, "0078"		# pgrp(pid): path 36, fd 40, buf 44, s 48, n 52, frame 56

init:
	load	0(mp), $0, 4(mp)
	mframe	4(mp), $2, 44(fp)	# pctl(0, nil)
	movw	$0, 32(44(fp))
	lea	72(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $2, 44(fp)	# pctl(NEWPGRP, nil)
	movw	$16, 32(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $2, 44(fp)	# pctl(FORKFD|FORKNS|FORKENV, nil)
	movw	$138, 32(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	frame	$6, 44(fp)
	movw	72(fp), 32(44(fp))
	lea	84(fp), 16(44(fp))
	call	44(fp), pgrp
	frame	$3, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	blew	72(fp), $0, l1
	movw	$1, 36(44(fp))
l1:
	movw	$0, 40(44(fp))
	bnew	76(fp), 72(fp), l2
	movw	$1, 40(44(fp))
l2:
	movw	$0, 44(44(fp))
	bnew	80(fp), 72(fp), l3
	movw	$1, 44(44(fp))
l3:
	movw	$0, 48(44(fp))
	bnew	84(fp), 72(fp), l4
	movw	$1, 48(44(fp))
l4:
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	newcw	64(fp)
	frame	$4, 44(fp)
	movp	64(fp), 32(44(fp))
	spawn	44(fp), child
	recv	64(fp), 88(fp)		# the child's pid
	frame	$6, 44(fp)
	movw	88(fp), 32(44(fp))
	lea	92(fp), 16(44(fp))
	call	44(fp), pgrp
	send	88(fp), 64(fp)		# let it go
	frame	$3, 44(fp)
	movp	16(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	beqw	88(fp), 72(fp), l5
	movw	$1, 36(44(fp))
l5:
	movw	$0, 40(44(fp))
	bnew	92(fp), 72(fp), l6
	movw	$1, 40(44(fp))
l6:
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	consw	$1, 68(fp)
	mframe	4(mp), $2, 44(fp)	# pctl(NEWFD, 1 :: nil)
	movw	$1, 32(44(fp))
	movp	68(fp), 36(44(fp))
	lea	96(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $0, 44(fp)	# fildes(2)
	movw	$2, 32(44(fp))
	lea	52(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$3, 44(fp)
	movp	20(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	bnew	96(fp), 72(fp), l7
	movw	$1, 36(44(fp))
l7:
	movw	$0, 40(44(fp))
	bnew	52(fp), 36(mp), l8
	movw	$1, 40(44(fp))
l8:
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	ret

child:
	mframe	4(mp), $2, 40(fp)	# pctl(0, nil)
	movw	$0, 32(40(fp))
	lea	36(fp), 16(40(fp))
	mcall	40(fp), $2, 4(mp)
	send	36(fp), 32(fp)
	recv	32(fp), 36(fp)
	ret

# pgrp(pid): the number in /prog/pid/pgrp, or -1
pgrp:
	movw	$-1, 0(16(fp))
	frame	$2, 56(fp)
	movp	8(mp), 32(56(fp))
	movw	32(fp), 36(56(fp))
	lea	36(fp), 16(56(fp))
	mcall	56(fp), $5, 4(mp)	# sprint("/prog/%d/pgrp", pid)
	mframe	4(mp), $1, 56(fp)
	movp	36(fp), 32(56(fp))
	movw	$0, 36(56(fp))
	lea	40(fp), 16(56(fp))
	mcall	56(fp), $1, 4(mp)	# open(path, OREAD)
	beqw	40(fp), 36(mp), pgret
	newa	$32, $5, 44(fp)
	mframe	4(mp), $4, 56(fp)
	movp	40(fp), 32(56(fp))
	movp	44(fp), 36(56(fp))
	movw	$32, 40(56(fp))
	lea	52(fp), 16(56(fp))
	mcall	56(fp), $4, 4(mp)	# read(fd, buf, 32)
	blew	52(fp), $0, pgret
	slicea	$0, 52(fp), 44(fp)
	cvtac	44(fp), 48(fp)
	cvtcw	48(fp), 0(16(fp))
pgret:
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/prog/%d/pgrp"
	string	@mp+12, "pid %d %d %d %d\n"
	string	@mp+16, "child %d %d\n"
	string	@mp+20, "newfd %d %d\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x1478f993, "fildes"
	ext	0x8f477f99, "open"
	ext	0x05df27fb, "pctl"
	ext	0xac849033, "print"
	ext	0x7cfef557, "read"
	ext	0x4c0624b6, "sprint"
