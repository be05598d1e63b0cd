# bench/chan.b by hand, as Inferno's compiler lays it out: ping-pong
# over two unbuffered channels between two threads.
# usage: chan [n] (default 4000000).
	module	Chan
	source	"tests/bench/chan.s"
	entry	init, $2
	datasize	24

	desc	$0, 24, "f0"	# MP: "$Sys", the format, sys, nil, 4000000, 1000003
	desc	$1, 56, "00c0"	# ponger's frame: ping@32 pong@36 n@40 i@44 v@48 t@52
	desc	$2, 88, "00d980"	# init's frame, see the offsets below
	desc	$3, 48, "0080"	# print's frame: fmt@32 n@36 sum@40

ponger:
	movw	$0, 44(fp)
ploop:
	bgew	44(fp), 40(fp), pdone
	recv	32(fp), 48(fp)
	addw	$1, 48(fp), 52(fp)
	send	52(fp), 36(fp)
	addw	$1, 44(fp)
	jmp	ploop
pdone:
	ret

# init's frame: ctxt@32 argv@36 n@40 ping@44 pong@48 sum@52 i@56 l@60
# s@64 callee@68 t@72 u@76 pr@80
init:
	load	0(mp), $0, 8(mp)
	movw	16(mp), 40(fp)
	beqw	36(fp), 12(mp), go
	tail	36(fp), 60(fp)
	beqw	60(fp), 12(mp), go
	headp	60(fp), 64(fp)
	cvtcw	64(fp), 40(fp)
go:
	newcw	44(fp)
	newcw	48(fp)
	frame	$1, 68(fp)
	movp	44(fp), 32(68(fp))
	movp	48(fp), 36(68(fp))
	movw	40(fp), 40(68(fp))
	spawn	68(fp), ponger
	movw	$0, 52(fp)
	movw	$0, 56(fp)
loop:
	bgew	56(fp), 40(fp), done
	send	56(fp), 44(fp)
	recv	48(fp), 72(fp)
	addw	72(fp), 52(fp), 76(fp)
	modw	20(mp), 76(fp), 52(fp)
	addw	$1, 56(fp)
	jmp	loop
done:
	frame	$3, 68(fp)
	movp	4(mp), 32(68(fp))
	movw	40(fp), 36(68(fp))
	movw	52(fp), 40(68(fp))
	lea	80(fp), 16(68(fp))
	mcall	68(fp), $0, 8(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+4, "chan n=%d sum=%d\n"
	word	@mp+16, 4000000, 1000003

	link	init, $2, 0x4244b354, "init"

	ldt	0
	ext	0xac849033, "print"
