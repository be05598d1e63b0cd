# Memory faults from integers in pointer slots are exceptions a
# handler catches ("sys:*"), and the program goes on: a load through
# such a word (fault at 4096+8), a pointer move of it (movp adds a
# reference: the fault is at its Heap header, 4096-16), the same word
# as a built-in's argument (Sys->print reads its format: inside the
# built-in, whose frame is then popped with the word in it), and a
# frame freed with it in a pointer slot (ignored: no exception).
# Each fault address is fixed, below the first page the host maps.
	module	Segvcatch
	entry	init, $1
	datasize	88
	desc	$0, 88, "fffc"
	desc	$1, 72, "00c240"	# 32, 36: pointers, 56: the exception, 68: a string
	desc	$2, 48, "00e0"	# print(fmt, string, string)
	desc	$3, 40, "0080"	# print(fmt)
	desc	$4, 48, "0020"	# bad(): 40 a pointer

init:
	load	0(mp), $0, 4(mp)
	movw	$4096, 32(fp)	# an integer in a pointer slot
	movw	$0, 64(fp)
	goto	64(fp), 64(mp)
s0:
	movw	8(32(fp)), 48(fp)
s1:
	movp	32(fp), 36(fp)
s2:
	frame	$3, 44(fp)
	movw	$4096, 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
s3:
	frame	$4, 44(fp)
	call	44(fp), bad
	frame	$3, 44(fp)
	movp	36(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret
direct:
	movp	40(mp), 68(fp)
	jmp	report
builtin:
	movp	44(mp), 68(fp)
	movp	48(mp), 56(fp)
report:
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movp	68(fp), 36(44(fp))
	movp	56(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	addw	$1, 64(fp)
	goto	64(fp), 64(mp)
end:

bad:
	movw	$5, 40(fp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%s %s\n"
	string	@mp+36, "frame freed; done\n"
	string	@mp+40, "caught"
	string	@mp+44, "caught in a built-in"
	string	@mp+48, "sys: segmentation violation"
	word	@mp+60, 4, s0, s1, s2, s3

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	56(fp), s2, s3, -1
	ecase	"sys: segmentation violation addr=*", builtin
	handler	56(fp), s0, s2, -1
	ecase	"sys:*", direct
