# Four spawned threads, each summing 1..10000*id in a loop long enough
# to be preempted many times, report (id, sum) as a block on one
# channel; main collects them in any order and prints them by id.
	module	Spawnmany
	entry	init, $1
	datasize	16
	desc	$0, 16, "e0"
	desc	$1, 80, "00cc"	# 48 the channel, 52 the results
	desc	$2, 56, "0040"	# worker(id: int, c: chan of (int, int)): i 40, n 44, block 48
	desc	$3, 48, "0080"	# print(fmt, int, int)
	desc	$4, 4, ""	# int

init:
	load	0(mp), $0, 4(mp)
	newcm	$8, 48(fp)
	newaz	$4, $4, 52(fp)
	movw	$1, 64(fp)
spawn:
	frame	$2, 44(fp)
	movw	64(fp), 32(44(fp))
	movp	48(fp), 36(44(fp))
	spawn	44(fp), worker
	addw	$1, 64(fp)
	blew	64(fp), $4, spawn
	movw	$0, 64(fp)
collect:
	recv	48(fp), 72(fp)
	subw	$1, 72(fp), 68(fp)
	indw	52(fp), 60(fp), 68(fp)
	movw	76(fp), 0(60(fp))
	addw	$1, 64(fp)
	bltw	64(fp), $4, collect
	movw	$0, 64(fp)
print:
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	addw	$1, 64(fp), 36(44(fp))
	indw	52(fp), 60(fp), 64(fp)
	movw	0(60(fp)), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	addw	$1, 64(fp)
	bltw	64(fp), $4, print
	ret

worker:
	mulw	$10000, 32(fp), 44(fp)
	movw	$0, 52(fp)
	movw	$1, 40(fp)
wloop:
	addw	40(fp), 52(fp)
	addw	$1, 40(fp)
	blew	40(fp), 44(fp), wloop
	movw	32(fp), 48(fp)
	send	48(fp), 36(fp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
