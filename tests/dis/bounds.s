# Machine exceptions from bad indices and nil: "array bounds error"
# for indw past either end, bad slicea ranges, indc/slicec/insc out
# of range, slicela that does not fit, indexing a nil array;
# "negative array size"; "dereference of nil" for indc of nil and a
# non-empty slice of nil. Each is caught and the program goes on.
	module	Bounds
	entry	init, $1
	datasize	88
	desc	$0, 88, "fe"
	desc	$1, 80, "00cf"	# 48 a, 52 b, 56 exception, 60 s
	desc	$2, 4, ""	# int
	desc	$3, 48, "00a0"	# print(fmt, int, string)

init:
	load	0(mp), $0, 4(mp)
	newa	$3, $2, 48(fp)
	movw	$0, 64(fp)
	goto	64(fp), 32(mp)
s0:
	indw	48(fp), 68(fp), $3
	jmp	none
s1:
	indw	48(fp), 68(fp), $-1
	jmp	none
s2:
	movp	48(fp), 52(fp)
	slicea	$2, $1, 52(fp)
	jmp	none
s3:
	movp	48(fp), 52(fp)
	slicea	$0, $4, 52(fp)
	jmp	none
s4:
	indc	16(mp), $3, 72(fp)
	jmp	none
s5:
	movp	16(mp), 60(fp)
	slicec	$1, $5, 60(fp)
	jmp	none
s6:
	movp	16(mp), 60(fp)
	insc	$120, $4, 60(fp)
	jmp	none
s7:
	newa	$2, $2, 52(fp)
	slicela	48(fp), $1, 52(fp)
	jmp	none
s8:
	newa	$-1, $2, 52(fp)
	jmp	none
s9:
	indw	20(mp), 68(fp), $0
	jmp	none
s10:
	indc	20(mp), $0, 72(fp)
	jmp	none
s11:
	movp	20(mp), 52(fp)
	slicea	$0, $1, 52(fp)
	jmp	none
s12:
	ret
none:
	movp	24(mp), 56(fp)
caught:
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movp	56(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	addw	$1, 64(fp)
	goto	64(fp), 32(mp)

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %s\n"
	string	@mp+16, "abc"
	string	@mp+24, "no exception"
	word	@mp+28, 13, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	56(fp), s0, s12, -1
	ewild	caught
