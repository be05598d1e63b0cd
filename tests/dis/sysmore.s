# More of Sys: pwrite/pread at offsets, seek from the end, fd2path,
# chdir and a relative open, readn, stream into a pipe, bind of a
# file onto another and unmount.
	module	Sysmore
	entry	init, $1
	datasize	56
	desc	$0, 56, "fffc"
	desc	$1, 112, "00cfe0"	# 48 fd, 52 buf, 56 rbuf, 60 s, 64 fd2, 68 fds, 72 s2
	desc	$2, 64, "008c"		# print(fmt, int, int, int, string, string, big at 56)
	desc	$3, 1, ""		# byte
	desc	$4, 4, "80"		# ref FD
	desc	$5, 40, "00c0"		# print(fmt, string)
	desc	$6, 48, "0090"		# print(fmt, int, int, string)
	desc	$7, 56, "00c0"		# cat(): fd 32, buf 36, frame 40, n 44, len 48

init:
	load	0(mp), $0, 4(mp)
	newa	$64, $3, 56(fp)
	mframe	4(mp), $2, 44(fp)	# create("/tmp/s", ORDWR, 8r644)
	movp	8(mp), 32(44(fp))
	movw	$2, 36(44(fp))
	movw	$420, 40(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	cvtca	12(mp), 52(fp)
	mframe	4(mp), $8, 44(fp)	# pwrite(fd, "0123456789", 10, 0)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$10, 40(44(fp))
	cvtwl	$0, 48(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $8, 4(mp)
	cvtca	16(mp), 52(fp)
	mframe	4(mp), $8, 44(fp)	# pwrite(fd, "AB", 2, 4)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$2, 40(44(fp))
	cvtwl	$4, 48(44(fp))
	lea	84(fp), 16(44(fp))
	mcall	44(fp), $8, 4(mp)
	mframe	4(mp), $6, 44(fp)	# pread(fd, rbuf, 3, 3)
	movp	48(fp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	$3, 40(44(fp))
	cvtwl	$3, 48(44(fp))
	lea	88(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	movp	56(fp), 52(fp)
	slicea	$0, 88(fp), 52(fp)
	cvtac	52(fp), 60(fp)
	mframe	4(mp), $11, 44(fp)	# seek(fd, 0, SEEKEND)
	movp	48(fp), 32(44(fp))
	cvtwl	$0, 40(44(fp))
	movw	$2, 48(44(fp))
	lea	96(fp), 16(44(fp))
	mcall	44(fp), $11, 4(mp)
	frame	$2, 44(fp)
	movp	20(mp), 32(44(fp))
	movw	80(fp), 36(44(fp))
	movw	84(fp), 40(44(fp))
	movw	88(fp), 44(44(fp))
	movp	60(fp), 48(44(fp))
	movl	96(fp), 56(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $7, 4(mp)
	mframe	4(mp), $3, 44(fp)	# fd2path(fd)
	movp	48(fp), 32(44(fp))
	lea	60(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	frame	$5, 44(fp)
	movp	24(mp), 32(44(fp))
	movp	60(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $7, 4(mp)
	mframe	4(mp), $1, 44(fp)	# chdir("/tmp")
	movp	28(mp), 32(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	mframe	4(mp), $4, 44(fp)	# open("s", OREAD)
	movp	32(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	newa	$64, $3, 56(fp)
	mframe	4(mp), $10, 44(fp)	# readn(fd2, rbuf, 10)
	movp	64(fp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	$10, 40(44(fp))
	lea	84(fp), 16(44(fp))
	mcall	44(fp), $10, 4(mp)
	movp	56(fp), 52(fp)
	slicea	$0, 84(fp), 52(fp)
	cvtac	52(fp), 60(fp)
	frame	$6, 44(fp)
	movp	36(mp), 32(44(fp))
	movw	80(fp), 36(44(fp))
	movw	84(fp), 40(44(fp))
	movp	60(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $7, 4(mp)
	newa	$2, $4, 68(fp)
	mframe	4(mp), $5, 44(fp)	# pipe(fds)
	movp	68(fp), 32(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	mframe	4(mp), $11, 44(fp)	# seek(fd, 0, SEEKSTART)
	movp	48(fp), 32(44(fp))
	cvtwl	$0, 40(44(fp))
	movw	$0, 48(44(fp))
	lea	96(fp), 16(44(fp))
	mcall	44(fp), $11, 4(mp)
	indw	68(fp), 92(fp), $0
	mframe	4(mp), $12, 44(fp)	# stream(fd, fds[0], 4)
	movp	48(fp), 32(44(fp))
	movp	0(92(fp)), 36(44(fp))
	movw	$4, 40(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $12, 4(mp)
	newa	$64, $3, 56(fp)
	indw	68(fp), 92(fp), $1
	mframe	4(mp), $10, 44(fp)	# readn(fds[1], rbuf, 10)
	movp	0(92(fp)), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	$10, 40(44(fp))
	lea	84(fp), 16(44(fp))
	mcall	44(fp), $10, 4(mp)
	movp	56(fp), 52(fp)
	slicea	$0, 84(fp), 52(fp)
	cvtac	52(fp), 60(fp)
	frame	$6, 44(fp)
	movp	40(mp), 32(44(fp))
	movw	80(fp), 36(44(fp))
	movw	84(fp), 40(44(fp))
	movp	60(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $7, 4(mp)
	mframe	4(mp), $2, 44(fp)	# create("/tmp/t", OREAD, 8r644): empty
	movp	44(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	movw	$420, 40(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	movp	72(fp), 64(fp)
	mframe	4(mp), $0, 44(fp)	# bind("/tmp/s", "/tmp/t", MREPL)
	movp	8(mp), 32(44(fp))
	movp	44(mp), 36(44(fp))
	movw	$0, 40(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$7, 44(fp)
	lea	60(fp), 16(44(fp))
	call	44(fp), cat			# 60: what /tmp/t holds
	mframe	4(mp), $13, 44(fp)	# unmount("/tmp/s", "/tmp/t")
	movp	8(mp), 32(44(fp))
	movp	44(mp), 36(44(fp))
	lea	84(fp), 16(44(fp))
	mcall	44(fp), $13, 4(mp)
	movp	60(fp), 72(fp)
	frame	$7, 44(fp)
	lea	60(fp), 16(44(fp))
	call	44(fp), cat
	frame	$2, 44(fp)
	movp	48(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	blew	80(fp), $-1, l1
	movw	$1, 36(44(fp))
l1:
	movw	$0, 40(44(fp))
	blew	84(fp), $-1, l2
	movw	$1, 40(44(fp))
l2:
	lenc	60(fp), 44(44(fp))
	movp	72(fp), 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $7, 4(mp)
	ret

# cat(): string: the contents of /tmp/t
cat:
	mframe	4(mp), $4, 40(fp)	# open("/tmp/t", OREAD)
	movp	44(mp), 32(40(fp))
	movw	$0, 36(40(fp))
	lea	32(fp), 16(40(fp))
	mcall	40(fp), $4, 4(mp)
	newa	$64, $3, 36(fp)
	mframe	4(mp), $9, 40(fp)	# read(fd, buf, 64)
	movp	32(fp), 32(40(fp))
	movp	36(fp), 36(40(fp))
	movw	$64, 40(40(fp))
	lea	44(fp), 16(40(fp))
	mcall	40(fp), $9, 4(mp)
	movw	$0, 48(fp)
	blew	44(fp), $0, empty
	movw	44(fp), 48(fp)
empty:
	slicea	$0, 48(fp), 36(fp)
	cvtac	36(fp), 0(16(fp))
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/tmp/s"
	string	@mp+12, "0123456789"
	string	@mp+16, "AB"
	string	@mp+20, "pwrite %d %d pread %d %s seek %bd\n"
	string	@mp+24, "fd2path %s\n"
	string	@mp+28, "/tmp"
	string	@mp+32, "s"
	string	@mp+36, "chdir %d readn %d %s\n"
	string	@mp+40, "stream %d readn %d %s\n"
	string	@mp+44, "/tmp/t"
	string	@mp+48, "bind %d unmount %d then %d bytes, bound %s\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x66326d91, "bind"
	ext	0xc6935858, "chdir"
	ext	0x54db77d9, "create"
	ext	0x749c6042, "fd2path"
	ext	0x8f477f99, "open"
	ext	0x1f2c52ea, "pipe"
	ext	0x09d8aac6, "pread"
	ext	0xac849033, "print"
	ext	0x09d8aac6, "pwrite"
	ext	0x7cfef557, "read"
	ext	0x7cfef557, "readn"
	ext	0xaeccaddb, "seek"
	ext	0xb9e8f9ea, "stream"
	ext	0x21e337e3, "unmount"
