# init spawns a worker that sleeps for 5 s and then raises "late",
# and itself sleeps 300 ms and returns. The test kills the worker
# while it sleeps: its sleep is interrupted and it ends, killed.
	module	Killme
	datasize	16
	entry	init, $1
	desc	$0, 16, "e0"		# "$Sys", sys, "late"
	desc	$1, 56, "00c0"		# ctxt, argv; 40 frame; 44 result
	desc	$2, 48, ""		# worker: 40 sleep's frame, 44 its result
init:
	load	0(mp), $0, 4(mp)
	frame	$2, 40(fp)
	spawn	40(fp), worker
	mframe	4(mp), $0, 40(fp)
	movw	$300, 32(40(fp))
	lea	44(fp), 16(40(fp))
	mcall	40(fp), $0, 4(mp)
	ret
worker:
	mframe	4(mp), $0, 40(fp)
	movw	$5000, 32(40(fp))
	lea	44(fp), 16(40(fp))
	mcall	40(fp), $0, 4(mp)
	raise	8(mp)
	ret
	string	@mp+0, "$Sys"
	string	@mp+8, "late"
	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xe67bf126, "sleep"
