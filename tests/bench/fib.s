# bench/fib.b by hand, as Inferno's compiler lays it out: calls.
# usage: fib [n] (default 34); prints fib(N)=F.
	module	Fib
	source	"tests/bench/fib.s"
	entry	init, $2
	datasize	16

	desc	$0, 16, "f0"	# MP: "$Sys", the format, sys, nil
	desc	$1, 48, ""	# fib's frame: n@32, fib(n-1)@36, fib(n-2)@40, callee@44
	desc	$2, 64, "00d2"	# init's frame: ctxt@32 argv@36 n@40 l@44 callee@48 r@52 s@56 pr@60
	desc	$3, 48, "0080"	# print's frame: fmt@32 n@36 r@40

fib:
	bltw	32(fp), $2, small
	frame	$1, 44(fp)
	subw	$1, 32(fp), 32(44(fp))
	lea	36(fp), 16(44(fp))
	call	44(fp), fib
	frame	$1, 44(fp)
	subw	$2, 32(fp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	call	44(fp), fib
	addw	40(fp), 36(fp), 0(16(fp))
	ret
small:
	movw	32(fp), 0(16(fp))
	ret

init:
	load	0(mp), $0, 8(mp)
	movw	$34, 40(fp)
	beqw	36(fp), 12(mp), go
	tail	36(fp), 44(fp)
	beqw	44(fp), 12(mp), go
	headp	44(fp), 56(fp)
	cvtcw	56(fp), 40(fp)
go:
	frame	$1, 48(fp)
	movw	40(fp), 32(48(fp))
	lea	52(fp), 16(48(fp))
	call	48(fp), fib
	frame	$3, 48(fp)
	movp	4(mp), 32(48(fp))
	movw	40(fp), 36(48(fp))
	movw	52(fp), 40(48(fp))
	lea	60(fp), 16(48(fp))
	mcall	48(fp), $0, 8(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+4, "fib(%d)=%d\n"

	link	init, $2, 0x4244b354, "init"

	ldt	0
	ext	0xac849033, "print"
