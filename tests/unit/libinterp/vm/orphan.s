# Spawned in this order: a worker that raises "oops" (it alone
# breaks), one that blocks for ever on a channel of its own, and one
# that sends on init's channel. The run queue is FIFO, so the first
# has died by the time init receives; init then returns normally,
# leaving the second behind.
	module	Orphan
	datasize	8
	entry	init, $1
	desc	$0, 8, "80"
	desc	$1, 56, "00e0"	# ctxt, argv, c; 44 frame; 48 v
	desc	$2, 40, "0080"	# worker: c; 36 v
init:
	newcw	40(fp)
	frame	$2, 44(fp)
	spawn	44(fp), oops
	frame	$2, 44(fp)
	spawn	44(fp), stuck
	frame	$2, 44(fp)
	movp	40(fp), 32(44(fp))
	spawn	44(fp), sender
	recv	40(fp), 48(fp)
	ret
oops:
	raise	0(mp)
	ret
stuck:
	newcw	32(fp)
	recv	32(fp), 36(fp)
	ret
sender:
	movw	$7, 36(fp)
	send	36(fp), 32(fp)
	ret
	string	@mp+0, "oops"
	link	init, $1, 0x4244b354, "init"
