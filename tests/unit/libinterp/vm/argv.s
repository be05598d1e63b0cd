# argv is a list of strings: fail unless it is ("argv", "one", "two").
	module	Argv
	datasize	16
	entry	init, $1
	desc	$0, 16, "f0"
	desc	$1, 56, "00f0"	# ctxt, argv, a string, a list; then a word
init:
	lenl	36(fp), 48(fp)
	bnew	48(fp), $3, bad
	movp	36(fp), 44(fp)
	headp	44(fp), 40(fp)
	bnec	40(fp), 0(mp), bad
	tail	44(fp), 44(fp)
	headp	44(fp), 40(fp)
	bnec	40(fp), 4(mp), bad
	tail	44(fp), 44(fp)
	headp	44(fp), 40(fp)
	bnec	40(fp), 8(mp), bad
	ret
bad:
	raise	12(mp)
	ret
	string	@mp+0, "argv"
	string	@mp+4, "one"
	string	@mp+8, "two"
	string	@mp+12, "bad argv"
	link	init, $1, 0x4244b354, "init"
