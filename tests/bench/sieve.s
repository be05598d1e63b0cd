# bench/sieve.b by hand, as Inferno's compiler lays it out: an integer
# loop over an array. usage: sieve [reps] (default 12).
	module	Sieve
	source	"tests/bench/sieve.s"
	entry	init, $2
	datasize	24

	desc	$0, 24, "f0"	# MP: "$Sys", the format, sys, nil, N, 1000003
	desc	$1, 4, ""	# an int element
	desc	$2, 96, "00d802"	# init's frame, see the offsets below
	desc	$3, 56, "0080"	# print's frame: fmt@32 N@36 reps@40 count@44 chk@48

# init's frame: ctxt@32 argv@36 reps@40 flags@44 l@48 count@52 chk@56
# r@60 i@64 k@68 addr@72 t@76 callee@80 pr@84 s@88
init:
	load	0(mp), $0, 8(mp)
	movw	$12, 40(fp)
	beqw	36(fp), 12(mp), go
	tail	36(fp), 48(fp)
	beqw	48(fp), 12(mp), go
	headp	48(fp), 88(fp)
	cvtcw	88(fp), 40(fp)
go:
	addw	$1, 16(mp), 76(fp)
	newa	76(fp), $1, 44(fp)
	movw	$0, 52(fp)
	movw	$0, 56(fp)
	movw	$0, 60(fp)
rloop:
	bgew	60(fp), 40(fp), done
	movw	$2, 64(fp)
set:
	bgtw	64(fp), 16(mp), setend
	indw	44(fp), 72(fp), 64(fp)
	movw	$1, 0(72(fp))
	addw	$1, 64(fp)
	jmp	set
setend:
	movw	$0, 52(fp)
	movw	$0, 56(fp)
	movw	$2, 64(fp)
scan:
	bgtw	64(fp), 16(mp), scanend
	indw	44(fp), 72(fp), 64(fp)
	beqw	0(72(fp)), $0, next
	addw	$1, 52(fp)
	mulw	$31, 56(fp), 76(fp)
	addw	64(fp), 76(fp)
	modw	20(mp), 76(fp), 56(fp)
	mulw	$2, 64(fp), 68(fp)
cross:
	bgtw	68(fp), 16(mp), next
	indw	44(fp), 72(fp), 68(fp)
	movw	$0, 0(72(fp))
	addw	64(fp), 68(fp)
	jmp	cross
next:
	addw	$1, 64(fp)
	jmp	scan
scanend:
	addw	$1, 60(fp)
	jmp	rloop
done:
	frame	$3, 80(fp)
	movp	4(mp), 32(80(fp))
	movw	16(mp), 36(80(fp))
	movw	40(fp), 40(80(fp))
	movw	52(fp), 44(80(fp))
	movw	56(fp), 48(80(fp))
	lea	84(fp), 16(80(fp))
	mcall	80(fp), $0, 8(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+4, "sieve n=%d reps=%d primes=%d chk=%d\n"
	word	@mp+16, 1000000
	word	@mp+20, 1000003

	link	init, $2, 0x4244b354, "init"

	ldt	0
	ext	0xac849033, "print"
