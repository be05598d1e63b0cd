# Divides by a zero it read from its frame: dies of "zero divide"
# alone (arm64's sdiv gives 0 rather than trapping: the VM checks).
	module	Faultzdiv
	entry	init, $1
	desc	$0, 0, ""
	desc	$1, 48, "00c0"		# 40 the divisor (0), 44 the quotient
init:
	movw	$0, 40(fp)
	divw	40(fp), $7, 44(fp)
	ret
	link	init, $1, 0x4244b354, "init"
	ldt	0
