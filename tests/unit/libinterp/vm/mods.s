# Module data for the loading tests: a string and an array of words
# with initial elements, and two exports.
	module	Mods
	datasize	16
	entry	init, $1
	desc	$0, 16, "c0"		# the string, the array
	desc	$1, 40, "00c0"
	desc	$2, 4, ""		# an array element: a word
init:
	ret
other:
	ret
	string	@mp+0, "shared"
	array	@mp+4, $2, 3
	indir	@mp+4, 0
	word	@ind+0, 7, 8, 9
	apop
	link	init, $1, 0x4244b354, "init"
	link	other, $1, 0x11111111, "other"
