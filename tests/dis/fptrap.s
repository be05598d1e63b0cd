# Real division by zero traps by default (an exception whose text
# starts "sys: fp:", dis-isa.md 5); after Math->FPcontrol(0, ZDIV)
# turns that trap off it gives Infinity instead.
	module	Fptrap
	entry	init, $1
	datasize	48
	desc	$0, 48, "ff"
	desc	$1, 96, "00c2"	# 56: the exception
	desc	$2, 40, "00c0"	# print(fmt, string)
	desc	$3, 48, "0080"	# print(fmt, real)

init:
	load	0(mp), $0, 4(mp)
	load	12(mp), $1, 8(mp)
try:
	divf	40(mp), 32(mp), 64(fp)
	frame	$2, 44(fp)
	movp	20(mp), 32(44(fp))
	movp	24(mp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	jmp	off
trapped:
	frame	$2, 44(fp)
	movp	20(mp), 32(44(fp))
	movp	28(mp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	jmp	off
other:
	frame	$2, 44(fp)
	movp	20(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
off:
	mframe	8(mp), $0, 44(fp)	# FPcontrol(0, ZDIV)
	movw	$0, 32(44(fp))
	movw	$2, 36(44(fp))
	lea	72(fp), 16(44(fp))
	mcall	44(fp), $0, 8(mp)
	divf	40(mp), 32(mp), 64(fp)
	frame	$3, 44(fp)
	movp	16(mp), 32(44(fp))
	movf	64(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret
end:

	string	@mp+0, "$Sys"
	string	@mp+12, "$Math"
	string	@mp+16, "%g\n"
	string	@mp+20, "%s\n"
	string	@mp+24, "no trap"
	string	@mp+28, "trapped"
	real	@mp+32, 1.0, 0

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ldt	1
	ext	0x6584767b, "FPcontrol"

	handler	56(fp), try, trapped, -1
	ecase	"sys: fp:*", trapped
	ewild	other
