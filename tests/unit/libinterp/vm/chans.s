# A spawned worker sends 1..10 on an unbuffered channel; init adds
# them up and raises "bad sum" unless it gets 55.
	module	Chans
	datasize	8
	entry	init, $1
	desc	$0, 8, "80"
	desc	$1, 64, "00e0"	# ctxt, argv, c; 44 the worker's frame; 48 sum, 52 i, 56 v
	desc	$2, 48, "0080"	# worker: c; 36 i, 40 limit
init:
	newcw	40(fp)
	frame	$2, 44(fp)
	movp	40(fp), 32(44(fp))
	movw	$10, 40(44(fp))
	spawn	44(fp), worker
	movw	$0, 48(fp)
	movw	$0, 52(fp)
loop:
	recv	40(fp), 56(fp)
	addw	56(fp), 48(fp)
	addw	$1, 52(fp)
	bltw	52(fp), $10, loop
	bnew	48(fp), $55, bad
	ret
bad:
	raise	0(mp)
	ret
worker:
	movw	$1, 36(fp)
wloop:
	send	36(fp), 32(fp)
	addw	$1, 36(fp)
	blew	36(fp), 40(fp), wloop
	ret
	string	@mp+0, "bad sum"
	link	init, $1, 0x4244b354, "init"
