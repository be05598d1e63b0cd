# raise of strings caught in the same function: an exact arm, a
# prefix arm ("boo*"), the wildcard arm; nested handlers, inner first:
# an exception the inner one does not match goes to the outer one.
	module	Exstr
	entry	init, $1
	datasize	88
	desc	$0, 88, "fffc"
	desc	$1, 72, "00c240"	# 56: the exception, 68: a string
	desc	$2, 48, "00e0"	# print(fmt, string, string)
	desc	$3, 40, "0080"	# print(fmt)

init:
	load	0(mp), $0, 4(mp)
	movw	$0, 64(fp)
	goto	64(fp), 64(mp)
s0:
	raise	16(mp)
s1:
	raise	20(mp)
s2:
	raise	24(mp)
s3:
	raise	28(mp)
s4:
	raise	32(mp)
s5:
	frame	$3, 44(fp)
	movp	36(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret
prefix:
	movp	40(mp), 68(fp)
	jmp	report
exact:
	movp	44(mp), 68(fp)
	jmp	report
wild:
	movp	48(mp), 68(fp)
	jmp	report
inner:
	movp	52(mp), 68(fp)
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

	string	@mp+0, "$Sys"
	string	@mp+8, "%s %s\n"
	string	@mp+16, "boom"
	string	@mp+20, "bang"
	string	@mp+24, "other"
	string	@mp+28, "inside"
	string	@mp+32, "zap"
	string	@mp+36, "done\n"
	string	@mp+40, "prefix"
	string	@mp+44, "exact"
	string	@mp+48, "wild"
	string	@mp+52, "inner"
	word	@mp+60, 6, s0, s1, s2, s3, s4, s5

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	56(fp), s3, s5, -1
	ecase	"in*", inner
	handler	56(fp), s0, s5, -1
	ecase	"bang", exact
	ecase	"boo*", prefix
	ewild	wild
