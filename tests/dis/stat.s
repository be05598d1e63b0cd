# stat, fstat and dirread: a file's name, length and qid type, a
# directory's QTDIR and DMDIR, a missing file's error; a directory
# made with create(DMDIR) holding two files read with dirread until
# it returns 0.
	module	Stat
	entry	init, $1
	datasize	64
	desc	$0, 64, "fffc"
	desc	$1, 168, "00cf03c00040"	# 48 fd, 52 buf, 56 dirs; the stat tuple at 80 (strings 88..100); dirread's at 160 (array 164)
	desc	$2, 64, "00a0"		# print(fmt, int, string, big, int, int)
	desc	$3, 48, "0080"		# print(fmt, int, int, int)
	desc	$4, 48, "0080"		# print(fmt, int, big)

init:
	load	0(mp), $0, 4(mp)
	# /tmp/g with 10 bytes
	mframe	4(mp), $0, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	$2, 36(44(fp))
	movw	$420, 40(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	cvtca	12(mp), 52(fp)
	mframe	4(mp), $6, 44(fp)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$10, 40(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	mframe	4(mp), $5, 44(fp)	# stat("/tmp/g")
	movp	8(mp), 32(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	lsrw	$31, 120(fp), 64(fp)	# DMDIR
	frame	$2, 44(fp)
	movp	16(mp), 32(44(fp))
	movw	80(fp), 36(44(fp))
	movp	88(fp), 40(44(fp))
	movl	136(fp), 48(44(fp))
	movw	116(fp), 56(44(fp))
	movw	64(fp), 60(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	mframe	4(mp), $5, 44(fp)	# stat("/tmp")
	movp	20(mp), 32(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	lsrw	$31, 120(fp), 64(fp)
	frame	$2, 44(fp)
	movp	24(mp), 32(44(fp))
	movw	80(fp), 36(44(fp))
	movp	88(fp), 40(44(fp))
	movw	116(fp), 44(44(fp))
	movw	64(fp), 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	mframe	4(mp), $2, 44(fp)	# fstat(fd)
	movp	48(fp), 32(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	frame	$4, 44(fp)
	movp	28(mp), 32(44(fp))
	movw	80(fp), 36(44(fp))
	movl	136(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	movp	60(fp), 48(fp)
	mframe	4(mp), $5, 44(fp)	# stat of nothing
	movp	32(mp), 32(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $5, 4(mp)
	frame	$2, 44(fp)
	movp	36(mp), 32(44(fp))
	movw	80(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	# /tmp/d holding x (1 byte) and yy (2 bytes)
	mframe	4(mp), $0, 44(fp)
	movp	40(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	movw	56(mp), 40(44(fp))	# DMDIR|8r777
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	mframe	4(mp), $0, 44(fp)
	movp	44(mp), 32(44(fp))
	movw	$1, 36(44(fp))
	movw	$420, 40(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	mframe	4(mp), $6, 44(fp)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$1, 40(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	mframe	4(mp), $0, 44(fp)
	movp	48(mp), 32(44(fp))
	movw	$1, 36(44(fp))
	movw	$420, 40(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	mframe	4(mp), $6, 44(fp)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$2, 40(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $6, 4(mp)
	mframe	4(mp), $3, 44(fp)	# open("/tmp/d", OREAD)
	movp	40(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $3, 4(mp)
	movw	$0, 72(fp)		# entries
	cvtwl	$0, 144(fp)		# total length
	movw	$0, 152(fp)		# total name length
more:
	mframe	4(mp), $1, 44(fp)	# dirread(fd)
	movp	48(fp), 32(44(fp))
	lea	160(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	blew	160(fp), $0, end
	addw	160(fp), 72(fp)
	movw	$0, 64(fp)
each:
	indx	164(fp), 68(fp), 64(fp)
	addl	48(68(fp)), 144(fp)
	lenc	0(68(fp)), 156(fp)
	addw	156(fp), 152(fp)
	addw	$1, 64(fp)
	bltw	64(fp), 160(fp), each
	jmp	more
end:
	cvtlw	144(fp), 76(fp)
	frame	$3, 44(fp)
	movp	52(mp), 32(44(fp))
	movw	72(fp), 36(44(fp))
	movw	76(fp), 40(44(fp))
	movw	152(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $4, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/tmp/g"
	string	@mp+12, "0123456789"
	string	@mp+16, "stat %d %s %bd %d %d\n"
	string	@mp+20, "/tmp"
	string	@mp+24, "stat %d %s %d %d\n"
	string	@mp+28, "fstat %d %bd\n"
	string	@mp+32, "/tmp/nosuch"
	string	@mp+36, "stat %d %r\n"
	string	@mp+40, "/tmp/d"
	string	@mp+44, "/tmp/d/x"
	string	@mp+48, "/tmp/d/yy"
	string	@mp+52, "dirread %d %d %d\n"
	word	@mp+56, 0x800001ff

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x54db77d9, "create"
	ext	0x72210d71, "dirread"
	ext	0xda4499c2, "fstat"
	ext	0x8f477f99, "open"
	ext	0xac849033, "print"
	ext	0x319328dd, "stat"
	ext	0x7cfef557, "write"
