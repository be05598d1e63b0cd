# Reads through a nil reference: dies of "dereference of nil" alone.
	module	Faultnil
	entry	init, $1
	desc	$0, 0, ""
	desc	$1, 48, "00e0"		# 32 ctxt, 36 argv, 40 a nil ref
init:
	movw	0(40(fp)), 44(fp)
	ret
	link	init, $1, 0x4244b354, "init"
	ldt	0
