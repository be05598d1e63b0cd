# Sys->tokenize: splits at any delimiter character and drops empty
# tokens, keeping their order; nil gives (0, nil); non-ASCII text.
	module	Tokenize
	entry	init, $1
	datasize	48
	desc	$0, 48, "fff0"
	desc	$1, 56, "00c0"
	desc	$2, 48, "00e0"	# join(l: list of string): string: s 36, h 40
	desc	$3, 48, "00a0"	# print(fmt, int, string)
	desc	$4, 64, "00d8"	# t(s, delim: string): (int, list) 40, joined 48, frame 52, 56 result

init:
	load	0(mp), $0, 4(mp)
	frame	$4, 44(fp)
	movp	16(mp), 32(44(fp))
	movp	20(mp), 36(44(fp))
	call	44(fp), t
	frame	$4, 44(fp)
	movp	24(mp), 32(44(fp))
	movp	28(mp), 36(44(fp))
	call	44(fp), t
	frame	$4, 44(fp)
	movp	32(mp), 32(44(fp))
	movp	20(mp), 36(44(fp))
	call	44(fp), t
	frame	$4, 44(fp)
	movp	36(mp), 32(44(fp))
	movp	20(mp), 36(44(fp))
	call	44(fp), t
	ret

# t(s, delim): print the count and the tokens, each followed by |
t:
	mframe	4(mp), $1, 52(fp)
	movp	32(fp), 32(52(fp))
	movp	36(fp), 36(52(fp))
	lea	40(fp), 16(52(fp))
	mcall	52(fp), $1, 4(mp)
	frame	$2, 52(fp)
	movp	44(fp), 32(52(fp))
	lea	48(fp), 16(52(fp))
	call	52(fp), join
	frame	$3, 52(fp)
	movp	8(mp), 32(52(fp))
	movw	40(fp), 36(52(fp))
	movp	48(fp), 40(52(fp))
	lea	56(fp), 16(52(fp))
	mcall	52(fp), $0, 4(mp)
	ret

join:
	beqw	32(fp), 32(mp), jdone
	headp	32(fp), 40(fp)
	addc	40(fp), 36(fp)
	addc	12(mp), 36(fp)
	tail	32(fp), 32(fp)
	jmp	join
jdone:
	movp	36(fp), 0(16(fp))
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %s\n"
	string	@mp+12, "|"
	string	@mp+16, "  a bb\tccc "
	string	@mp+20, " \t"
	string	@mp+24, "x,,y"
	string	@mp+28, ","
	string	@mp+36, "héllo wörld"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ext	0x57338f20, "tokenize"
