# Strings: addc (nil is "", two nils give nil, the two-operand append
# form), lenc and indc count code points, slicec (an empty result is
# nil), insc replaces or appends and copies a shared string first.
	module	Strings
	entry	init, $1
	datasize	32
	desc	$0, 32, "ff"
	desc	$1, 96, "00cf"	# 48, 52, 56, 60: strings
	desc	$2, 56, "00c0"	# print(fmt, string, 4 ints)
	desc	$3, 56, "00f0"	# print(fmt, 3 strings, int)

init:
	load	0(mp), $0, 4(mp)
	addc	28(mp), 24(mp), 48(fp)		# "héllo" ++ ", wörld"
	addc	12(mp), 12(mp), 52(fp)		# nil ++ nil
	movw	$0, 64(fp)
	bnew	52(fp), 12(mp), l1
	movw	$1, 64(fp)
l1:
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	48(fp), 36(44(fp))
	lenc	48(fp), 40(44(fp))		# 12
	movw	64(fp), 44(44(fp))		# 1: nil
	indc	48(fp), $1, 48(44(fp))		# é 233
	indc	48(fp), $8, 52(44(fp))		# ö 246
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	48(fp), 52(fp)
	slicec	$1, $4, 52(fp)			# "éll"
	movp	48(fp), 56(fp)			# shared
	insc	$88, $0, 56(fp)			# "Xéllo, wörld", 48 unchanged
	lenc	56(fp), 68(fp)
	insc	$0x263a, 68(fp), 56(fp)		# append ☺
	movp	48(fp), 60(fp)
	slicec	$3, $3, 60(fp)			# empty: nil
	frame	$3, 44(fp)
	movp	16(mp), 32(44(fp))
	movp	52(fp), 36(44(fp))
	movp	48(fp), 40(44(fp))
	movp	56(fp), 44(44(fp))
	lenc	60(fp), 48(44(fp))
	movw	$0, 48(44(fp))
	bnew	60(fp), 12(mp), l2
	movw	$1, 48(44(fp))
l2:
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 60(fp)
	insc	$97, $0, 60(fp)			# nil is "": "a"
	addc	28(mp), 60(fp)			# "a, wörld"
	movp	60(fp), 52(fp)
	insc	$98, $0, 52(fp)			# shared: 60 stays "a, wörld"
	frame	$3, 44(fp)
	movp	20(mp), 32(44(fp))
	movp	60(fp), 36(44(fp))
	movp	52(fp), 40(44(fp))
	movp	12(mp), 44(44(fp))
	lenc	60(fp), 48(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%s %d %d %d %d\n"
	string	@mp+16, "%s|%s|%s|%d\n"
	string	@mp+20, "%s|%s|%s|%d\n"
	string	@mp+24, "héllo"
	string	@mp+28, ", wörld"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
