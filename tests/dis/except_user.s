# raise of a user-defined exception object E(int, string) (word 0 its
# name): caught typed (etype arm) in the raising function, and in its
# direct caller; two calls up it is only its name string: the etype
# arm no longer matches, a string arm for the name does, and the
# slot holds the name.
	module	Exc
	entry	init, $1
	datasize	48
	desc	$0, 48, "ffc0"
	desc	$1, 64, "00c0"
	desc	$2, 16, "90"	# E: name, 0, int, string
	desc	$3, 48, "00c0"	# every function: 32 the object, 36 the exception, 40 a frame
	desc	$4, 48, "00a0"	# print(fmt, int, string)
	desc	$5, 40, "00c0"	# print(fmt, string)

init:
	load	0(mp), $0, 4(mp)
	frame	$3, 44(fp)
	call	44(fp), fa
	frame	$3, 44(fp)
	call	44(fp), g1
	frame	$3, 44(fp)
	call	44(fp), h1
	ret

# fa raises E(7, "boom") and catches it typed
fa:
	new	$2, 32(fp)
	movp	8(mp), 0(32(fp))
	movw	$0, 4(32(fp))
	movw	$7, 8(32(fp))
	movp	12(mp), 12(32(fp))
fatry:
	raise	32(fp)
	ret
facaught:
	frame	$4, 40(fp)
	movp	24(mp), 32(40(fp))
	movw	8(36(fp)), 36(40(fp))
	movp	12(36(fp)), 40(40(fp))
	lea	44(fp), 16(40(fp))
	mcall	40(fp), $0, 4(mp)
	ret
faend:

# g1 calls g2, which raises E(8, "bang"); g1 catches it typed
g1:
	frame	$3, 40(fp)
g1try:
	call	40(fp), g2
	ret
g1caught:
	frame	$4, 40(fp)
	movp	28(mp), 32(40(fp))
	movw	8(36(fp)), 36(40(fp))
	movp	12(36(fp)), 40(40(fp))
	lea	44(fp), 16(40(fp))
	mcall	40(fp), $0, 4(mp)
	ret
g1end:
g2:
	new	$2, 32(fp)
	movp	8(mp), 0(32(fp))
	movw	$0, 4(32(fp))
	movw	$8, 8(32(fp))
	movp	16(mp), 12(32(fp))
	raise	32(fp)
	ret

# h1 calls h2 calls h3, which raises E(9, "zap"): h1 sees the name
h1:
	frame	$3, 40(fp)
h1try:
	call	40(fp), h2
	ret
h1typed:
	frame	$5, 40(fp)
	movp	36(mp), 32(40(fp))
	movp	8(mp), 36(40(fp))
	lea	44(fp), 16(40(fp))
	mcall	40(fp), $0, 4(mp)
	ret
h1string:
	frame	$5, 40(fp)
	movp	32(mp), 32(40(fp))
	movp	36(fp), 36(40(fp))
	lea	44(fp), 16(40(fp))
	mcall	40(fp), $0, 4(mp)
	ret
h1end:
h2:
	frame	$3, 40(fp)
	call	40(fp), h3
	ret
h3:
	new	$2, 32(fp)
	movp	8(mp), 0(32(fp))
	movw	$0, 4(32(fp))
	movw	$9, 8(32(fp))
	movp	20(mp), 12(32(fp))
	raise	32(fp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "Exc.0.E"
	string	@mp+12, "boom"
	string	@mp+16, "bang"
	string	@mp+20, "zap"
	string	@mp+24, "typed in raiser %d %s\n"
	string	@mp+28, "typed in caller %d %s\n"
	string	@mp+32, "string two up %s\n"
	string	@mp+36, "typed two up %s\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	36(fp), fatry, facaught, -1
	etype	"Exc.0.E", facaught
	handler	36(fp), g1try, g1caught, -1
	etype	"Exc.0.E", g1caught
	handler	36(fp), h1try, h1typed, -1
	etype	"Exc.0.E", h1typed
	ecase	"Exc.0.E", h1string
