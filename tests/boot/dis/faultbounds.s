# Indexes a three-element array at 5: dies of "array bounds error"
# alone (the shell that ran it goes on).
	module	Faultbounds
	entry	init, $1
	desc	$0, 0, ""
	desc	$1, 48, "00e0"		# 32 ctxt, 36 argv, 40 the array
	desc	$2, 4, ""		# int
init:
	newa	$3, $2, 40(fp)
	indw	40(fp), 44(fp), $5
	ret
	link	init, $1, 0x4244b354, "init"
	ldt	0
