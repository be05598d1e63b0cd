# Killing a thread in a system call: a spawned thread (with no fd 2,
# so that its end prints nothing) sleeps for 100 s in Sys->sleep;
# /prog/N/status shows it in state release in module Killsys[$Sys];
# writing "kill" to /prog/N/ctl ends it at once and /prog/N goes away.
# (Both waits poll, for up to two seconds.)
	module	Killsys
	entry	init, $1
	datasize	48
	desc	$0, 48, "ffe0"
	desc	$1, 112, "00cfcc"	# 48 c, 52 c2, 56 path, 60 fd, 64 buf, 68 tokens, 80 state, 84 module
	desc	$2, 56, "00c8"		# child(c, c2: chan of int): pid 40, frame 44, nil list 48, v 52
	desc	$3, 40, "0080"		# sprint(fmt, int); print(fmt, int)
	desc	$4, 48, "00e0"		# print(fmt, string, string)
	desc	$5, 1, ""		# byte
	desc	$6, 72, "0079"		# status(pid): path 36, fd 40, buf 44, s 48, frame 52, (n, l) 56, n 64
	desc	$7, 40, "0080"		# nth(l: list of string, n: int): string

init:
	load	0(mp), $0, 4(mp)
	newcw	48(fp)
	newcw	52(fp)
	frame	$2, 44(fp)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	spawn	44(fp), child
	recv	48(fp), 88(fp)		# its pid
	movw	$0, 96(fp)
poll1:
	movp	36(mp), 68(fp)
	frame	$6, 44(fp)
	movw	88(fp), 32(44(fp))
	lea	68(fp), 16(44(fp))
	call	44(fp), status
	lenl	68(fp), 92(fp)
	bltw	92(fp), $7, again1
	frame	$7, 44(fp)
	movp	68(fp), 32(44(fp))
	movw	$4, 36(44(fp))
	lea	80(fp), 16(44(fp))
	call	44(fp), nth
	beqc	80(fp), 16(mp), ready
again1:
	mframe	4(mp), $4, 44(fp)	# sleep(20)
	movw	$20, 32(44(fp))
	lea	108(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	addw	$1, 96(fp)
	bltw	96(fp), $100, poll1
ready:
	frame	$7, 44(fp)
	movp	68(fp), 32(44(fp))
	movw	$6, 36(44(fp))
	lea	84(fp), 16(44(fp))
	call	44(fp), nth
	frame	$4, 44(fp)
	movp	40(mp), 32(44(fp))
	movp	80(fp), 36(44(fp))
	movp	84(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	frame	$3, 44(fp)		# sprint("/prog/%d/ctl", pid)
	movp	20(mp), 32(44(fp))
	movw	88(fp), 36(44(fp))
	lea	56(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	mframe	4(mp), $0, 44(fp)	# open(path, OWRITE)
	movp	56(fp), 32(44(fp))
	movw	$1, 36(44(fp))
	lea	60(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	cvtca	24(mp), 64(fp)
	mframe	4(mp), $7, 44(fp)	# write(fd, "kill", 4)
	movp	60(fp), 32(44(fp))
	movp	64(fp), 36(44(fp))
	movw	$4, 40(44(fp))
	lea	100(fp), 16(44(fp))
	mcall	44(fp), $7, 4(mp)
	movp	36(mp), 60(fp)
	frame	$3, 44(fp)
	movp	28(mp), 32(44(fp))
	movw	100(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	movw	$0, 96(fp)
poll2:
	movp	36(mp), 68(fp)
	frame	$6, 44(fp)
	movw	88(fp), 32(44(fp))
	lea	68(fp), 16(44(fp))
	call	44(fp), status
	movw	$1, 104(fp)
	beqw	68(fp), 36(mp), gone
	movw	$0, 104(fp)
	mframe	4(mp), $4, 44(fp)	# sleep(20)
	movw	$20, 32(44(fp))
	lea	108(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	addw	$1, 96(fp)
	bltw	96(fp), $100, poll2
gone:
	frame	$3, 44(fp)
	movp	32(mp), 32(44(fp))
	movw	104(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	ret

child:
	mframe	4(mp), $1, 44(fp)	# pctl(NEWFD, nil): no fd 2
	movw	$1, 32(44(fp))
	movp	48(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	send	40(fp), 32(fp)
	mframe	4(mp), $4, 44(fp)	# sleep(100000)
	movw	$100000, 32(44(fp))
	lea	52(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	ret

# status(pid): the words of /prog/pid/status, or nil if there is none
status:
	frame	$3, 52(fp)
	movp	8(mp), 32(52(fp))
	movw	32(fp), 36(52(fp))
	lea	36(fp), 16(52(fp))
	mcall	52(fp), $5, 4(mp)	# sprint("/prog/%d/status", pid)
	mframe	4(mp), $0, 52(fp)
	movp	36(fp), 32(52(fp))
	movw	$0, 36(52(fp))
	lea	40(fp), 16(52(fp))
	mcall	52(fp), $0, 4(mp)	# open(path, OREAD)
	beqw	40(fp), 36(mp), sret
	newa	$256, $5, 44(fp)
	mframe	4(mp), $3, 52(fp)
	movp	40(fp), 32(52(fp))
	movp	44(fp), 36(52(fp))
	movw	$256, 40(52(fp))
	lea	64(fp), 16(52(fp))
	mcall	52(fp), $3, 4(mp)	# read(fd, buf, 256)
	blew	64(fp), $0, sret
	slicea	$0, 64(fp), 44(fp)
	cvtac	44(fp), 48(fp)
	mframe	4(mp), $6, 52(fp)
	movp	48(fp), 32(52(fp))
	movp	12(mp), 36(52(fp))
	lea	56(fp), 16(52(fp))
	mcall	52(fp), $6, 4(mp)	# tokenize(s, " ")
	movp	60(fp), 0(16(fp))
sret:
	ret

# nth(l, n): element n of l (counting from 0)
nth:
	beqw	36(fp), $0, nthhead
	tail	32(fp), 32(fp)
	subw	$1, 36(fp)
	jmp	nth
nthhead:
	headp	32(fp), 0(16(fp))
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/prog/%d/status"
	string	@mp+12, " "
	string	@mp+16, "release"
	string	@mp+20, "/prog/%d/ctl"
	string	@mp+24, "kill"
	string	@mp+28, "write %d\n"
	string	@mp+32, "gone %d\n"
	string	@mp+40, "state %s %s\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x8f477f99, "open"
	ext	0x05df27fb, "pctl"
	ext	0xac849033, "print"
	ext	0x7cfef557, "read"
	ext	0xe67bf126, "sleep"
	ext	0x4c0624b6, "sprint"
	ext	0x57338f20, "tokenize"
	ext	0x7cfef557, "write"
