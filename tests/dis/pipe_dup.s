# pipe: bytes written to one end are read from the other, both ways;
# dup onto fd 5, fildes(5) and writes through it (write, fprint) reach
# standard output; fildes of a closed number is nil.
	module	Pipedup
	entry	init, $1
	datasize	48
	desc	$0, 48, "ffc0"
	desc	$1, 96, "00cf80"	# 48 fds, 52 buf, 56 rbuf, 60 s, 64 fd
	desc	$2, 4, "80"		# ref FD
	desc	$3, 1, ""		# byte
	desc	$4, 56, "0088"		# print(fmt, int, int, int, string)
	desc	$5, 48, "00c0"		# fprint(fd, fmt, int)
	desc	$6, 56, "0080"		# print(fmt, 5 ints)
	desc	$7, 48, "00a0"		# print(fmt, int, string)

init:
	load	0(mp), $0, 4(mp)
	newa	$2, $2, 48(fp)
	newa	$16, $3, 56(fp)
	mframe	4(mp), $3, 44(fp)	# pipe(fds)
	movp	48(fp), 32(44(fp))
	lea	72(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	cvtca	8(mp), 52(fp)
	indw	48(fp), 68(fp), $0
	mframe	4(mp), $6, 44(fp)	# write(fds[0], "ping", 4)
	movp	0(68(fp)), 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$4, 40(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	indw	48(fp), 68(fp), $1
	mframe	4(mp), $5, 44(fp)	# read(fds[1], rbuf, 16)
	movp	0(68(fp)), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	$16, 40(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	movp	56(fp), 52(fp)
	slicea	$0, 80(fp), 52(fp)
	cvtac	52(fp), 60(fp)
	frame	$4, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	72(fp), 36(44(fp))
	movw	76(fp), 40(44(fp))
	movw	80(fp), 44(44(fp))
	movp	60(fp), 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	cvtca	16(mp), 52(fp)
	indw	48(fp), 68(fp), $1
	mframe	4(mp), $6, 44(fp)	# write(fds[1], "pong", 4)
	movp	0(68(fp)), 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$4, 40(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	indw	48(fp), 68(fp), $0
	mframe	4(mp), $5, 44(fp)	# read(fds[0], rbuf, 16)
	movp	0(68(fp)), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	$16, 40(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	movp	56(fp), 52(fp)
	slicea	$0, 80(fp), 52(fp)
	cvtac	52(fp), 60(fp)
	frame	$7, 44(fp)
	movp	20(mp), 32(44(fp))
	movw	80(fp), 36(44(fp))
	movp	60(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	mframe	4(mp), $0, 44(fp)	# dup(1, 5)
	movw	$1, 32(44(fp))
	movw	$5, 36(44(fp))
	lea	72(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	mframe	4(mp), $1, 44(fp)	# fildes(5)
	movw	$5, 32(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	cvtca	24(mp), 52(fp)
	mframe	4(mp), $6, 44(fp)	# write(fd, "via dup\n", 8)
	movp	64(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	lena	52(fp), 40(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	frame	$5, 44(fp)		# fprint(fd, "fprint %d\n", 7)
	movp	64(fp), 32(44(fp))
	movp	28(mp), 36(44(fp))
	movw	$7, 40(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $1, 44(fp)	# fildes(99)
	movw	$99, 32(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	movw	$1, 84(fp)
	beqw	64(fp), 36(mp), isnil
	movw	$0, 84(fp)
isnil:
	frame	$6, 44(fp)
	movp	32(mp), 32(44(fp))
	movw	72(fp), 36(44(fp))
	movw	76(fp), 40(44(fp))
	movw	80(fp), 44(44(fp))
	movw	84(fp), 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "ping"
	string	@mp+12, "pipe %d %d %d %s\n"
	string	@mp+16, "pong"
	string	@mp+20, "pipe %d %s\n"
	string	@mp+24, "via dup\n"
	string	@mp+28, "fprint %d\n"
	string	@mp+32, "dup %d %d %d %d\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x6584767b, "dup"
	ext	0x1478f993, "fildes"
	ext	0xf46486c8, "fprint"
	ext	0x1f2c52ea, "pipe"
	ext	0xac849033, "print"
	ext	0x7cfef557, "read"
	ext	0x7cfef557, "write"
