# A type-unsafe program the loader cannot refuse: integers stored in
# pointer slots (movw into a slot the frame's map marks as a pointer).
# The VM must not follow such a word to the host's death: freeing the
# frame ignores it; using it as a pointer is a memory fault, which
# becomes an exception in the faulting thread only, with hosted
# Inferno's text. Here the spawned thread and then the main thread die
# of it unhandled (each prints its Broken line; both lines are the
# same), and the kernel ends normally with status 1. Every fault here
# is at a fixed address below the first page the host maps: 0x1008.
	module	Segv
	entry	init, $1
	datasize	24
	desc	$0, 24, "fc"
	desc	$1, 56, "00c0"	# 32, 36: pointers
	desc	$2, 40, "0080"	# print(fmt)
	desc	$3, 48, "0020"	# bad(): 40 a pointer
	desc	$4, 48, "0080"	# child(): 32 a pointer

init:
	load	0(mp), $0, 4(mp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$3, 44(fp)	# bad's frame is freed with 5 in its pointer slot
	call	44(fp), bad
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$4, 44(fp)
	spawn	44(fp), child
	mframe	4(mp), $1, 44(fp)	# sleep(200): the child dies first
	movw	$200, 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	frame	$2, 44(fp)
	movp	16(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movw	$4096, 36(fp)
	movw	8(36(fp)), 48(fp)	# a load through it: the main thread dies
	frame	$2, 44(fp)
	movp	20(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

bad:
	movw	$5, 40(fp)
	ret

child:
	movw	$4096, 32(fp)
	movw	8(32(fp)), 36(fp)	# the child dies; its frame goes with 4096 in a pointer slot
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "before\n"
	string	@mp+12, "freed\n"
	string	@mp+16, "main goes on\n"
	string	@mp+20, "not reached\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ext	0xe67bf126, "sleep"
