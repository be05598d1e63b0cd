# Integer division and modulus by zero, for words, bigs and bytes,
# raise "zero divide", caught by a handler of the same function; the
# program goes on after each.
	module	Zerodiv
	entry	init, $1
	datasize	56
	desc	$0, 56, "fc"
	desc	$1, 128, "00c2"	# 56: the exception slot
	desc	$2, 48, "00a0"	# print(fmt, int, string)
	desc	$3, 40, "0080"	# print(fmt)

init:
	load	0(mp), $0, 4(mp)
	movw	$0, 64(fp)
	movw	$0, 68(fp)		# step
	cvtwl	$0, 80(fp)
	cvtwl	$9, 88(fp)
	movb	$0, 96(fp)
	movb	$9, 97(fp)
	goto	68(fp), 28(mp)
s0:
	divw	64(fp), $7, 72(fp)
	jmp	bad
s1:
	modw	64(fp), $7, 72(fp)
	jmp	bad
s2:
	divl	80(fp), 88(fp), 104(fp)
	jmp	bad
s3:
	modl	80(fp), 88(fp), 104(fp)
	jmp	bad
s4:
	divb	96(fp), 97(fp), 98(fp)
	jmp	bad
s5:
	modb	96(fp), 97(fp), 98(fp)
	jmp	bad
s6:
	frame	$3, 44(fp)
	movp	16(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret
bad:
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	68(fp), 36(44(fp))
	movp	20(mp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	addw	$1, 68(fp)
	goto	68(fp), 28(mp)
caught:
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	68(fp), 36(44(fp))
	movp	56(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	addw	$1, 68(fp)
	goto	68(fp), 28(mp)
end:

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %s\n"
	string	@mp+12, "%d no exception %s\n"
	string	@mp+16, "done\n"
	string	@mp+20, ""
	word	@mp+24, 7, s0, s1, s2, s3, s4, s5, s6

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	56(fp), s0, s6, -1
	ecase	"zero divide", caught
	ewild	bad
