# The cycle collector: for a given time (the argument, in seconds;
# default 60, "for a minute" as issue 4 asks) build pairs of objects
# that point at each other, each also holding a 100-byte array, and
# drop them: garbage that reference counting alone never frees.
# Every 1000 pairs read the heap pool's line of /dev/memory (current
# size, limit). Bounded: the program never runs out of heap, every
# sample is below the limit, and the largest size seen in the second
# half of the run is at most 1 MiB above that of the first half.
# Prints "bounded", else the figures; it also checks that it made
# more garbage than twice the heap's limit.
	module	Gc
	entry	init, $1
	datasize	64
	desc	$0, 64, "fff8"
	desc	$1, 136, "00cf"		# 48 a, 52 b, 56 the arg list, 60 a string
	desc	$2, 8, "c0"		# Node: next, data
	desc	$3, 1, ""		# byte
	desc	$4, 80, "00ec60"	# heapstat(): fd 32, buf 36, s 40, (n, l) 44, l 52, frame 56, n 60, i 64, tok 68, name 72
	desc	$5, 64, "0080"		# print(fmt, 6 ints)
	desc	$6, 40, "0080"		# print(fmt)

init:
	load	0(mp), $0, 4(mp)
	movw	$60, 64(fp)		# seconds
	lenl	36(fp), 68(fp)
	bltw	68(fp), $2, noarg
	tail	36(fp), 56(fp)
	headp	56(fp), 60(fp)
	cvtcw	60(fp), 64(fp)
noarg:
	mulw	$1000, 64(fp), 72(fp)	# run for this many ms
	divw	$2, 72(fp), 76(fp)	# the first half
	mframe	4(mp), $0, 44(fp)
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)	# t0
	movw	$0, 84(fp)		# largest size, first half
	movw	$0, 88(fp)		# largest size, second half
	movw	$0, 92(fp)		# samples at or over the limit
	movw	$0, 96(fp)		# thousands of pairs
	movw	$0, 100(fp)		# the limit
outer:
	movw	$0, 104(fp)
inner:
	new	$2, 48(fp)
	new	$2, 52(fp)
	newa	$100, $3, 4(48(fp))
	newa	$100, $3, 4(52(fp))
	movp	52(fp), 0(48(fp))
	movp	48(fp), 0(52(fp))	# a cycle; the next new drops our references
	addw	$1, 104(fp)
	bltw	104(fp), $1000, inner
	addw	$1, 96(fp)
	frame	$4, 44(fp)
	lea	112(fp), 16(44(fp))
	call	44(fp), heapstat	# 112 size, 116 limit
	movw	116(fp), 100(fp)
	bltw	112(fp), 116(fp), under
	addw	$1, 92(fp)
under:
	mframe	4(mp), $0, 44(fp)
	lea	108(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	subw	80(fp), 108(fp), 120(fp)	# elapsed
	bgew	120(fp), 76(fp), second
	bgew	84(fp), 112(fp), next
	movw	112(fp), 84(fp)
	jmp	next
second:
	bgew	88(fp), 112(fp), next
	movw	112(fp), 88(fp)
next:
	bltw	120(fp), 72(fp), outer
	movp	16(mp), 48(fp)
	movp	16(mp), 52(fp)
	# made enough garbage? about 300 bytes a pair: 300000 per thousand
	mulw	$2, 100(fp), 124(fp)
	divw	$300000, 124(fp), 124(fp)
	bgtw	96(fp), 124(fp), enough
	frame	$5, 44(fp)
	movp	24(mp), 32(44(fp))
	movw	96(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	ret
enough:
	bnew	92(fp), $0, grew
	addw	$1048576, 84(fp), 124(fp)
	bgtw	88(fp), 124(fp), grew
	frame	$6, 44(fp)
	movp	8(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	ret
grew:
	frame	$5, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	84(fp), 36(44(fp))
	movw	88(fp), 40(44(fp))
	movw	100(fp), 44(44(fp))
	movw	92(fp), 48(44(fp))
	movw	96(fp), 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	ret

# heapstat(): (current size, limit) of the heap pool from /dev/memory
heapstat:
	movw	$-1, 0(16(fp))
	movw	$-1, 4(16(fp))
	mframe	4(mp), $2, 56(fp)	# open("/dev/memory", OREAD)
	movp	20(mp), 32(56(fp))
	movw	$0, 36(56(fp))
	lea	32(fp), 16(56(fp))
	mcall	56(fp), $2, 4(mp)
	beqw	32(fp), 16(mp), hsret
	newa	$1024, $3, 36(fp)
	mframe	4(mp), $3, 56(fp)	# read(fd, buf, 1024)
	movp	32(fp), 32(56(fp))
	movp	36(fp), 36(56(fp))
	movw	$1024, 40(56(fp))
	lea	60(fp), 16(56(fp))
	mcall	56(fp), $3, 4(mp)
	blew	60(fp), $0, hsret
	slicea	$0, 60(fp), 36(fp)
	cvtac	36(fp), 40(fp)
	mframe	4(mp), $4, 56(fp)	# tokenize(s, " \n")
	movp	40(fp), 32(56(fp))
	movp	28(mp), 36(56(fp))
	lea	44(fp), 16(56(fp))
	mcall	56(fp), $4, 4(mp)
	movp	48(fp), 52(fp)
line:
	lenl	52(fp), 64(fp)
	bltw	64(fp), $8, hsret
	headp	52(fp), 68(fp)
	cvtcw	68(fp), 0(16(fp))	# current size
	tail	52(fp), 52(fp)
	headp	52(fp), 68(fp)
	cvtcw	68(fp), 4(16(fp))	# limit
	tail	52(fp), 52(fp)
	tail	52(fp), 52(fp)
	tail	52(fp), 52(fp)
	tail	52(fp), 52(fp)
	tail	52(fp), 52(fp)
	tail	52(fp), 52(fp)
	headp	52(fp), 72(fp)		# the pool's name
	tail	52(fp), 52(fp)
	beqc	72(fp), 32(mp), hsret
	movw	$-1, 0(16(fp))
	movw	$-1, 4(16(fp))
	jmp	line
hsret:
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "bounded\n"
	string	@mp+12, "heap not bounded: largest size %d in the first half, %d in the second, limit %d, %d samples at the limit, %d thousand pairs\n"
	string	@mp+20, "/dev/memory"
	string	@mp+24, "too little garbage to tell: %d thousand pairs\n"
	string	@mp+28, " \n"
	string	@mp+32, "heap"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x616977e8, "millisec"
	ext	0xac849033, "print"
	ext	0x8f477f99, "open"
	ext	0x7cfef557, "read"
	ext	0x57338f20, "tokenize"
