# init exported with the wrong signature: linking fails.
	module	Badsig
	entry	init, $1
	desc	$0, 0, ""
	desc	$1, 40, "00c0"
init:
	ret
	link	init, $1, 0x12345678, "init"
