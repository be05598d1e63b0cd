# Local calls: frame/call/ret with results through the pointer at 16:
# recursive fib(20), recursion 10000 deep (stack segments), and a
# function returning a string.
	module	Calls
	entry	init, $1
	datasize	24
	desc	$0, 24, "fc"
	desc	$1, 80, "00c4"	# 52: a string
	desc	$2, 48, ""	# fib(n) and sum(n): n 32, r1 36, r2 40, frame 44
	desc	$3, 48, "00c0"	# cat(a, b: string): string
	desc	$4, 48, "0090"	# print(fmt, int, int, string)

init:
	load	0(mp), $0, 4(mp)
	frame	$2, 44(fp)
	movw	$20, 32(44(fp))
	lea	56(fp), 16(44(fp))
	call	44(fp), fib
	frame	$2, 44(fp)
	movw	$10000, 32(44(fp))
	lea	60(fp), 16(44(fp))
	call	44(fp), sum
	frame	$3, 44(fp)
	movp	12(mp), 32(44(fp))
	movp	16(mp), 36(44(fp))
	lea	52(fp), 16(44(fp))
	call	44(fp), cat
	frame	$4, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	56(fp), 36(44(fp))
	movw	60(fp), 40(44(fp))
	movp	52(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

fib:
	bltw	32(fp), $2, fibbase
	frame	$2, 44(fp)
	subw	$1, 32(fp), 32(44(fp))
	lea	36(fp), 16(44(fp))
	call	44(fp), fib
	frame	$2, 44(fp)
	subw	$2, 32(fp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	call	44(fp), fib
	addw	36(fp), 40(fp), 0(16(fp))
	ret
fibbase:
	movw	32(fp), 0(16(fp))
	ret

sum:
	beqw	32(fp), $0, sumbase
	frame	$2, 44(fp)
	subw	$1, 32(fp), 32(44(fp))
	lea	36(fp), 16(44(fp))
	call	44(fp), sum
	addw	36(fp), 32(fp), 0(16(fp))
	ret
sumbase:
	movw	$0, 0(16(fp))
	ret

cat:
	addc	36(fp), 32(fp), 0(16(fp))
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %s\n"
	string	@mp+12, "foo"
	string	@mp+16, "bar"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
