# Case tables: case (half-open word ranges, binary search, default),
# casel (big ranges), casec (exact strings and inclusive ranges; more
# than two entries use a binary search, two or fewer a linear scan;
# nil is ""), and goto. Each function returns a letter for the arm
# taken; a line of letters per table.
	module	Cases
	entry	init, $1
	datasize	312
	desc	$0, 312, "f000db1b000000003ffc"
	desc	$1, 80, "00c2"	# 56: the letters
	desc	$2, 40, "00c0"	# print(fmt, string)
	desc	$3, 40, ""	# cw(v: int), gt(v: int)
	desc	$4, 40, ""	# cl(v: big)
	desc	$5, 40, "0080"	# cc(v: string)

init:
	load	0(mp), $0, 4(mp)
	frame	$3, 44(fp)
	movw	$-1, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cw
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$3, 44(fp)
	movw	$0, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cw
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$3, 44(fp)
	movw	$1, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cw
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$3, 44(fp)
	movw	$5, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cw
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$3, 44(fp)
	movw	$6, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cw
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$3, 44(fp)
	movw	$10, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cw
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$3, 44(fp)
	movw	$20, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cw
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$3, 44(fp)
	movw	$21, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cw
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$3, 44(fp)
	movw	$-100000, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cw
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 56(fp)
	frame	$4, 44(fp)
	movl	216(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cl
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$4, 44(fp)
	movl	224(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cl
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$4, 44(fp)
	movl	232(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cl
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$4, 44(fp)
	movl	240(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cl
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$4, 44(fp)
	movl	248(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cl
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$4, 44(fp)
	movl	256(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cl
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 56(fp)
	frame	$5, 44(fp)
	movp	264(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	268(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	272(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	276(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	280(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	284(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	288(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	292(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	12(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 56(fp)
	frame	$5, 44(fp)
	movp	296(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc2
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	300(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc2
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	304(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc2
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	12(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc2
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$5, 44(fp)
	movp	308(mp), 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), cc2
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 56(fp)
	frame	$3, 44(fp)
	movw	$2, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), gt
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$3, 44(fp)
	movw	$0, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), gt
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$3, 44(fp)
	movw	$1, 32(44(fp))
	lea	64(fp), 16(44(fp))
	call	44(fp), gt
	lenc	56(fp), 68(fp)
	insc	64(fp), 68(fp), 56(fp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 56(fp)
	ret

cw:
	case	32(fp), 16(mp)
cwz:
	movw	$122, 0(16(fp))
	ret
cwf:
	movw	$102, 0(16(fp))
	ret
cwm:
	movw	$109, 0(16(fp))
	ret
cwo:
	movw	$111, 0(16(fp))
	ret

cl:
	casel	32(fp), 152(mp)
cla:
	movw	$97, 0(16(fp))
	ret
clb:
	movw	$98, 0(16(fp))
	ret
cld:
	movw	$100, 0(16(fp))
	ret

cc:
	casec	32(fp), 60(mp)
cca:
	movw	$65, 0(16(fp))
	ret
ccb:
	movw	$66, 0(16(fp))
	ret
ccc:
	movw	$67, 0(16(fp))
	ret
ccd:
	movw	$68, 0(16(fp))
	ret

cc2:
	casec	32(fp), 104(mp)
ccm:
	movw	$77, 0(16(fp))
	ret
ccp:
	movw	$80, 0(16(fp))
	ret
ccz:
	movw	$90, 0(16(fp))
	ret

gt:
	goto	32(fp), 140(mp)
g0:
	movw	$48, 0(16(fp))
	ret
g1:
	movw	$49, 0(16(fp))
	ret
g2:
	movw	$50, 0(16(fp))
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%s\n"
	# case: [0,1) z, [1,6) f, [10,21) m, else o
	word	@mp+16, 3, 0, 1, cwz, 1, 6, cwf, 10, 21, cwm, cwo
	# casec, 3 entries: "apple" exactly, "b" to "d", "x" exactly, else D
	word	@mp+60, 3
	string	@mp+64, "apple"
	word	@mp+72, cca
	string	@mp+76, "b"
	string	@mp+80, "d"
	word	@mp+84, ccb
	string	@mp+88, "x"
	word	@mp+96, ccc, ccd
	# casec, 2 entries: "m" exactly, "p" to "r", else Z
	word	@mp+104, 2
	string	@mp+108, "m"
	word	@mp+116, ccm
	string	@mp+120, "p"
	string	@mp+124, "r"
	word	@mp+128, ccp, ccz
	# goto: count, then the pcs; the operand points at the first
	word	@mp+136, 3, g0, g1, g2
	# casel: n, pad, (lo, hi, pc, pad)..., default
	word	@mp+152, 2, 0
	big	@mp+160, -5, 0
	word	@mp+176, cla, 0
	big	@mp+184, 0x10000000000, 0x10000000001
	word	@mp+200, clb, 0, cld
	big	@mp+216, -6, -5, -1, 0, 0x10000000000, 0x10000000001
	string	@mp+264, "apple"
	string	@mp+268, "app"
	string	@mp+272, "b"
	string	@mp+276, "c"
	string	@mp+280, "cz"
	string	@mp+284, "d"
	string	@mp+288, "da"
	string	@mp+292, "x"
	string	@mp+296, "m"
	string	@mp+300, "q"
	string	@mp+304, "s"
	string	@mp+308, "r"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

