# raise "no handler for this" with no handler: dies of it alone, the
# exception's text on its stderr and in its status.
	module	Faultraise
	entry	init, $1
	datasize	8
	desc	$0, 8, "80"		# the string
	desc	$1, 40, "00c0"
init:
	raise	0(mp)
	ret
	string	@mp+0, "no handler for this"
	link	init, $1, 0x4244b354, "init"
	ldt	0
