# Two loads of a module whose data holds an array make two instances,
# each with its own copy of the array: a change through one is not
# seen through the other; a third load after the change starts again
# from the file's values.
	module	Instances
	entry	init, $1
	datasize	32
	desc	$0, 32, "fe"
	desc	$1, 80, "00c0"
	desc	$2, 56, "0080"	# print(fmt, 4 ints)

init:
	load	0(mp), $0, 4(mp)
	load	8(mp), $1, 12(mp)
	load	8(mp), $1, 16(mp)
	mframe	12(mp), $1, 44(fp)	# h1.set(1, 99)
	movw	$1, 32(44(fp))
	movw	$99, 36(44(fp))
	mcall	44(fp), $1, 12(mp)
	load	8(mp), $1, 20(mp)
	mframe	12(mp), $0, 44(fp)	# h1.get(1)
	movw	$1, 32(44(fp))
	lea	56(fp), 16(44(fp))
	mcall	44(fp), $0, 12(mp)
	mframe	16(mp), $0, 44(fp)	# h2.get(1)
	movw	$1, 32(44(fp))
	lea	60(fp), 16(44(fp))
	mcall	44(fp), $0, 16(mp)
	mframe	20(mp), $0, 44(fp)	# h3.get(1)
	movw	$1, 32(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $0, 20(mp)
	mframe	16(mp), $0, 44(fp)	# h2.get(2)
	movw	$2, 32(44(fp))
	lea	68(fp), 16(44(fp))
	mcall	44(fp), $0, 16(mp)
	frame	$2, 44(fp)
	movp	24(mp), 32(44(fp))
	movw	56(fp), 36(44(fp))
	movw	60(fp), 40(44(fp))
	movw	64(fp), 44(44(fp))
	movw	68(fp), 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/dis/lib/arrmod.dis"
	string	@mp+24, "%d %d %d %d\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ldt	1
	ext	0xe67bf126, "get"
	ext	0xa4f2b412, "set"
