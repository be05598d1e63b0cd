# millisec never goes backwards over many calls; sleep(100) takes at
# least 100 ms by millisec; sleep returns 0, at once for 0 or less.
	module	Time
	entry	init, $1
	datasize	24
	desc	$0, 24, "fc"
	desc	$1, 96, "00c0"
	desc	$2, 56, "0080"	# print(fmt, 5 ints)

init:
	load	0(mp), $0, 4(mp)
	mframe	4(mp), $0, 44(fp)
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)	# t0
	movw	48(fp), 52(fp)		# prev
	movw	$1, 56(fp)		# monotone
	movw	$0, 60(fp)
loop:
	mframe	4(mp), $0, 44(fp)
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	bgew	64(fp), 52(fp), up
	movw	$0, 56(fp)
up:
	movw	64(fp), 52(fp)
	addw	$1, 60(fp)
	bltw	60(fp), $20000, loop
	mframe	4(mp), $2, 44(fp)	# sleep(100)
	movw	$100, 32(44(fp))
	lea	68(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	mframe	4(mp), $0, 44(fp)
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	subw	48(fp), 64(fp), 72(fp)	# elapsed
	movw	$0, 76(fp)
	bltw	72(fp), $100, short
	bgew	72(fp), $10000, short
	movw	$1, 76(fp)
short:
	movw	$-1, 80(fp)
	mframe	4(mp), $2, 44(fp)	# sleep(0)
	movw	$0, 32(44(fp))
	lea	80(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	movw	$-1, 84(fp)
	mframe	4(mp), $2, 44(fp)	# sleep(-5)
	movw	$-5, 32(44(fp))
	lea	84(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	56(fp), 36(44(fp))
	movw	68(fp), 40(44(fp))
	movw	76(fp), 44(44(fp))
	movw	80(fp), 48(44(fp))
	movw	84(fp), 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	bnew	76(fp), $0, done
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	72(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
done:
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "monotone %d sleep %d elapsed-ok %d sleep0 %d sleep-5 %d\n"
	string	@mp+12, "elapsed %d ms\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x616977e8, "millisec"
	ext	0xac849033, "print"
	ext	0xe67bf126, "sleep"
