# Reads one line from the console (fd 0) and prints it with its
# length: on virt the bytes come by the PL011's receive interrupt.
	module	Readline
	entry	init, $1
	datasize	16
	desc	$0, 16, "e0"		# MP: "$Sys", sys, the format
	desc	$1, 72, "00ce"		# 48 fd, 52 buf, 56 s, 60 n
	desc	$2, 48, "00a0"		# print(fmt, int, string)
	desc	$3, 1, ""		# byte

init:
	load	0(mp), $0, 4(mp)
	mframe	4(mp), $0, 44(fp)	# fildes(0)
	movw	$0, 32(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	newa	$64, $3, 52(fp)
	mframe	4(mp), $2, 44(fp)	# read(fd, buf, 64)
	movp	48(fp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	movw	$64, 40(44(fp))
	lea	60(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	slicea	$0, 60(fp), 52(fp)
	cvtac	52(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	60(fp), 36(44(fp))
	movp	56(fp), 40(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "read %d: %s"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x1478f993, "fildes"
	ext	0xac849033, "print"
	ext	0x7cfef557, "read"
