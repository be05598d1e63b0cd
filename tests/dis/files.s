# Files under /tmp: create, write, seek, read back, read at end of
# file, drop the FD (closes it), open for reading, OTRUNC, remove;
# then open and remove of the missing file fail with %r set.
	module	Files
	entry	init, $1
	datasize	56
	desc	$0, 56, "fff0"
	desc	$1, 96, "00cf80"	# 48 fd, 52 buf, 56 rbuf, 60 s, 64 fd2
	desc	$2, 48, "0090"		# print(fmt, int, int, string)
	desc	$3, 40, "0080"		# print(fmt, int)
	desc	$4, 40, "00c0"		# print(fmt, string)
	desc	$5, 1, ""		# byte

init:
	load	0(mp), $0, 4(mp)
	mframe	4(mp), $0, 44(fp)	# create("/tmp/f", ORDWR, 8r644)
	movp	8(mp), 32(44(fp))
	movw	$2, 36(44(fp))
	movw	$420, 40(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	cvtca	12(mp), 52(fp)
	mframe	4(mp), $6, 44(fp)	# write(fd, buf, len buf)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	lena	52(fp), 40(44(fp))
	lea	72(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	mframe	4(mp), $5, 44(fp)	# seek(fd, big 0, SEEKSTART)
	movp	48(fp), 32(44(fp))
	cvtwl	$0, 40(44(fp))
	movw	$0, 48(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	newa	$64, $5, 56(fp)
	mframe	4(mp), $3, 44(fp)	# read(fd, rbuf, 64)
	movp	48(fp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	$64, 40(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	movp	56(fp), 52(fp)
	slicea	$0, 76(fp), 52(fp)
	cvtac	52(fp), 60(fp)
	frame	$2, 44(fp)
	movp	16(mp), 32(44(fp))
	movw	72(fp), 36(44(fp))
	movw	76(fp), 40(44(fp))
	movp	60(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $3, 44(fp)	# read again: end of file
	movp	48(fp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	$64, 40(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	frame	$3, 44(fp)
	movp	20(mp), 32(44(fp))
	movw	76(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	movp	24(mp), 48(fp)		# drop the FD: closed
	mframe	4(mp), $1, 44(fp)	# open("/tmp/f", OREAD)
	movp	8(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	mframe	4(mp), $3, 44(fp)	# read 5
	movp	64(fp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	$5, 40(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	movp	56(fp), 52(fp)
	slicea	$0, 76(fp), 52(fp)
	cvtac	52(fp), 60(fp)
	frame	$4, 44(fp)
	movp	28(mp), 32(44(fp))
	movp	60(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	movp	24(mp), 64(fp)
	mframe	4(mp), $1, 44(fp)	# open("/tmp/f", OWRITE|OTRUNC)
	movp	8(mp), 32(44(fp))
	movw	$17, 36(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	movp	24(mp), 64(fp)
	mframe	4(mp), $1, 44(fp)	# open("/tmp/f", OREAD)
	movp	8(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	mframe	4(mp), $3, 44(fp)	# read: nothing left
	movp	64(fp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	movw	$64, 40(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	movp	24(mp), 64(fp)
	frame	$3, 44(fp)
	movp	32(mp), 32(44(fp))
	movw	76(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $4, 44(fp)	# remove("/tmp/f")
	movp	8(mp), 32(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	frame	$3, 44(fp)
	movp	36(mp), 32(44(fp))
	movw	76(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $1, 44(fp)	# open: fails
	movp	8(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	movw	$1, 76(fp)
	beqw	64(fp), 24(mp), isnil
	movw	$0, 76(fp)
isnil:
	frame	$3, 44(fp)
	movp	40(mp), 32(44(fp))
	movw	76(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $4, 44(fp)	# remove again: fails
	movp	8(mp), 32(44(fp))
	lea	76(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	frame	$3, 44(fp)
	movp	44(mp), 32(44(fp))
	movw	76(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/tmp/f"
	string	@mp+12, "hello, world\n"
	string	@mp+16, "%d %d %s"
	string	@mp+20, "eof %d\n"
	string	@mp+28, "%s\n"
	string	@mp+32, "trunc %d\n"
	string	@mp+36, "remove %d\n"
	string	@mp+40, "open nil %d: %r\n"
	string	@mp+44, "remove %d: %r\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x54db77d9, "create"
	ext	0x8f477f99, "open"
	ext	0xac849033, "print"
	ext	0x7cfef557, "read"
	ext	0xc6935858, "remove"
	ext	0xaeccaddb, "seek"
	ext	0x7cfef557, "write"
