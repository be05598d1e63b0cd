# A program that dies of an exception at once (an illegal instruction):
# the kernel says Broken and ends with status 1.
	module	Broke
	entry	init, $1
	desc	$0, 0, ""
	desc	$1, 40, "00c0"
init:
	nop
	link	init, $1, 0x4244b354, "init"
	ldt	0
