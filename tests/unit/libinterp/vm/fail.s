# init raises "fail:usage": a failure, not a breakage.
	module	Fail
	datasize	8
	entry	init, $1
	desc	$0, 8, "80"
	desc	$1, 40, "00c0"
init:
	raise	0(mp)
	ret
	string	@mp+0, "fail:usage"
	link	init, $1, 0x4244b354, "init"
