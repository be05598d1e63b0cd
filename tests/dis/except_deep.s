# Handlers several calls up: a string raised four calls deep, through
# frames whose own handlers do not match, is caught in init, three
# times in a loop (the stack is unwound each time); then an array
# bounds error five calls deep; init's locals survive.
	module	Exdeep
	entry	init, $1
	datasize	24
	desc	$0, 24, "f8"
	desc	$1, 80, "00c2"	# 56: the exception
	desc	$2, 48, "00a0"	# d(s: string, n: int): 40 the exception, 44 frame
	desc	$3, 48, "00a0"	# print(fmt, int, string)
	desc	$4, 4, ""	# int
	desc	$5, 48, "0080"	# b(n): 32 an array, 36 n, 40 frame, 44 address

init:
	load	0(mp), $0, 4(mp)
	movw	$1234, 64(fp)
	movw	$1, 68(fp)
loop:
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	$3, 36(44(fp))
try:
	call	44(fp), d
	jmp	next
caught:
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	68(fp), 36(44(fp))
	movp	56(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
next:
	addw	$1, 68(fp)
	blew	68(fp), $3, loop
	frame	$5, 44(fp)
	movw	$4, 36(44(fp))
try2:
	call	44(fp), b
	jmp	done
caught2:
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	64(fp), 36(44(fp))
	movp	56(fp), 40(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
done:
	ret
end:

# d(s, n): n more calls, then raise "deep"
d:
	beqw	36(fp), $0, draise
	frame	$2, 44(fp)
	movp	32(fp), 32(44(fp))
	subw	$1, 36(fp), 36(44(fp))
dtry:
	call	44(fp), d
	ret
dwrong:
	ret
draise:
	raise	16(mp)
	ret

# b(n): n more calls, then index an array of 2 at 2
b:
	beqw	36(fp), $0, bfault
	frame	$5, 40(fp)
	subw	$1, 36(fp), 36(40(fp))
	call	40(fp), b
	ret
bfault:
	newa	$2, $4, 32(fp)
	indw	32(fp), 44(fp), $2
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %s\n"
	string	@mp+12, "a string local"
	string	@mp+16, "deep"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"

	handler	56(fp), try, next, -1
	ecase	"deep", caught
	handler	56(fp), try2, done, -1
	ecase	"array bounds error", caught2
	handler	40(fp), dtry, dwrong, -1
	ecase	"other", dwrong
