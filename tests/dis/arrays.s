# Arrays: newa/newaz, indw/indb element addresses, lena (nil is 0),
# slicea sharing the original's storage (a slice of a slice too),
# slicela copying into place, overlapping like memmove.
	module	Arrays
	entry	init, $1
	datasize	32
	desc	$0, 32, "fe"
	desc	$1, 96, "00cf"	# 48 a, 52 b, 56 c, 60 d: arrays
	desc	$2, 4, ""	# int
	desc	$3, 1, ""	# byte
	desc	$4, 56, "0080"	# print(fmt, 5 ints)
	desc	$5, 56, "0080"	# pr(a: array of int): i 36, n 40, frame 44, address 48

init:
	load	0(mp), $0, 4(mp)
	newa	$5, $2, 48(fp)
	movw	$0, 64(fp)
fill:
	indw	48(fp), 68(fp), 64(fp)
	mulw	64(fp), 64(fp), 0(68(fp))
	addw	$1, 64(fp)
	bltw	64(fp), $5, fill
	frame	$5, 44(fp)
	movp	48(fp), 32(44(fp))
	call	44(fp), pr			# [0][1][4][9][16]
	movp	48(fp), 52(fp)
	slicea	$1, $4, 52(fp)			# b = a[1:4]
	indw	52(fp), 68(fp), $0
	movw	$100, 0(68(fp))			# b[0] is a[1]
	movp	52(fp), 56(fp)
	slicea	$1, $3, 56(fp)			# c = b[1:3] = a[2:4]
	indw	56(fp), 68(fp), $1
	movw	$200, 0(68(fp))			# c[1] is a[3]
	frame	$4, 44(fp)
	movp	8(mp), 32(44(fp))
	lena	48(fp), 36(44(fp))
	lena	52(fp), 40(44(fp))
	lena	56(fp), 44(44(fp))
	lena	16(mp), 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$5, 44(fp)
	movp	48(fp), 32(44(fp))
	call	44(fp), pr			# [0][100][4][200][16]
	newaz	$6, $2, 60(fp)
	slicela	48(fp), $1, 60(fp)		# d[1:] = a
	frame	$5, 44(fp)
	movp	60(fp), 32(44(fp))
	call	44(fp), pr			# [0][0][100][4][200][16]
	movp	48(fp), 52(fp)
	slicea	$0, $3, 52(fp)
	slicela	52(fp), $2, 48(fp)		# a[2:] = a[0:3], overlapping
	frame	$5, 44(fp)
	movp	48(fp), 32(44(fp))
	call	44(fp), pr			# [0][100][0][100][4]
	newa	$3, $3, 60(fp)
	movw	$0, 64(fp)
bfill:
	indb	60(fp), 68(fp), 64(fp)
	addw	$250, 64(fp), 72(fp)
	cvtwb	72(fp), 0(68(fp))
	addw	$1, 64(fp)
	bltw	64(fp), $3, bfill
	frame	$4, 44(fp)
	movp	12(mp), 32(44(fp))
	indb	60(fp), 68(fp), $0
	cvtbw	0(68(fp)), 36(44(fp))
	indb	60(fp), 68(fp), $1
	cvtbw	0(68(fp)), 40(44(fp))
	indb	60(fp), 68(fp), $2
	cvtbw	0(68(fp)), 44(44(fp))
	lena	60(fp), 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

# pr(a): prints [a[0]][a[1]]... and a newline
pr:
	lena	32(fp), 40(fp)
	movw	$0, 36(fp)
	bgew	36(fp), 40(fp), prend
prloop:
	indw	32(fp), 48(fp), 36(fp)
	frame	$4, 44(fp)
	movp	20(mp), 32(44(fp))
	movw	0(48(fp)), 36(44(fp))
	lea	52(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	addw	$1, 36(fp)
	bltw	36(fp), 40(fp), prloop
prend:
	frame	$4, 44(fp)
	movp	24(mp), 32(44(fp))
	lea	52(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %d %d\n"
	string	@mp+12, "%d %d %d %d\n"
	string	@mp+20, "[%d]"
	string	@mp+24, "\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
