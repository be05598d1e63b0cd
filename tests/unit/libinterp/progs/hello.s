# The worked example of dis-format.md §12: Inferno's Limbo compiler
# made these 125 bytes from hello.b; assembling this gives them back.
	module	Hello
	source	"/usr/ember/hello.b"
	entry	init, $2
	datasize	16

	desc	$0, 16, "f0"	# MP: "$Sys", the message, nil, sys
	desc	$1, 40, "0080"	# print's frame: the format at 32
	desc	$2, 48, "00c0"	# init's frame: ctxt and argv

init:
	load	0(mp), $0, 12(mp)	# sys = load Sys "$Sys", import list 0
	frame	$1, 44(fp)
	movp	4(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 12(mp)	# sys->print("hello, world\n")
	ret

	string	@mp+0, "$Sys"
	string	@mp+4, "hello, world\n"

	link	init, $2, 0x4244b354, "init"

	ldt	0
	ext	0xac849033, "print"
