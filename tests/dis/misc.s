# tcmp: objects of one type pass, of different types (or against nil)
# raise "type check"; raise of nil raises "dereference of nil"; the
# exit instruction ends the program normally (status 0) at once.
	module	Misc
	entry	init, $1
	datasize	56
	desc	$0, 56, "fe"
	desc	$1, 80, "00cf"	# 48 a, 52 b, 56 c, 60 the exception
	desc	$2, 8, "00"	# an adt
	desc	$3, 8, "00"	# another of the same shape
	desc	$4, 48, "00a0"	# print(fmt, int, string)

init:
	load	0(mp), $0, 4(mp)
	new	$2, 48(fp)
	new	$2, 52(fp)
	new	$3, 56(fp)
	movw	$0, 64(fp)
	goto	64(fp), 32(mp)
s0:
	tcmp	48(fp), 52(fp)		# same type: nothing
	movp	16(mp), 60(fp)
	jmp	caught
s1:
	tcmp	48(fp), 56(fp)		# different types
	jmp	none
s2:
	tcmp	48(fp), 12(mp)		# against nil
	jmp	none
s3:
	raise	12(mp)			# nil
	jmp	none
s4:
	frame	$4, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movp	24(mp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	exit
	frame	$4, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	$99, 36(44(fp))
	movp	20(mp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret
none:
	movp	16(mp), 60(fp)
caught:
	frame	$4, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movp	60(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 60(fp)
	addw	$1, 64(fp)
	goto	64(fp), 32(mp)

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %s\n"
	string	@mp+16, "no exception"
	string	@mp+20, "after exit"
	string	@mp+24, "exiting"
	word	@mp+28, 5, s0, s1, s2, s3, s4

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	60(fp), s0, s4, -1
	ewild	caught
