# Three workers each sleep (Sys->sleep releases the VM) and then send
# their number on a buffered channel; init adds up what arrives and
# raises "bad sum" unless it is 1+2+3.
	module	Sleep
	datasize	16
	entry	init, $1
	desc	$0, 16, "e0"		# "$Sys", sys, "bad sum"
	desc	$1, 64, "00e0"		# ctxt, argv, c; 44 frame; 48 sum, 52 i, 56 v
	desc	$2, 56, "0080"		# worker: c; 36 n, 40 sleep's frame, 44 its result
	desc	$3, 40, ""		# sleep's frame: 32 period
init:
	load	0(mp), $0, 4(mp)
	newcw	$1, 40(fp)
	movw	$1, 52(fp)
spawnloop:
	frame	$2, 44(fp)
	movp	40(fp), 32(44(fp))
	movw	52(fp), 36(44(fp))
	spawn	44(fp), worker
	addw	$1, 52(fp)
	blew	52(fp), $3, spawnloop
	movw	$0, 48(fp)
	movw	$0, 52(fp)
loop:
	recv	40(fp), 56(fp)
	addw	56(fp), 48(fp)
	addw	$1, 52(fp)
	bltw	52(fp), $3, loop
	bnew	48(fp), $6, bad
	ret
bad:
	raise	8(mp)
	ret
worker:
	mframe	4(mp), $0, 40(fp)
	movw	$30, 32(40(fp))
	lea	44(fp), 16(40(fp))
	mcall	40(fp), $0, 4(mp)
	send	36(fp), 32(fp)
	ret
	string	@mp+0, "$Sys"
	string	@mp+8, "bad sum"
	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xe67bf126, "sleep"
