# Failed loads: a sig mismatch gives nil and the error (%r) "link
# typecheck Module->name() exportsig/importsig" for a .dis module and
# for $Sys; a missing file gives the open error; only the members in
# the import list are checked; mcall through nil raises "module not
# loaded".
	module	Linkerr
	entry	init, $1
	datasize	48
	desc	$0, 48, "ffc0"
	desc	$1, 72, "00e2"	# 40: a handle, 56: the exception
	desc	$2, 40, "0080"	# print(fmt)
	desc	$3, 40, "00c0"	# print(fmt, string)
	desc	$4, 40, "0080"	# print(fmt, int)
	desc	$5, 48, "0080"	# report(h): frame 36, result 40

init:
	load	0(mp), $0, 4(mp)
	load	8(mp), $1, 40(fp)	# add with a wrong sig
	frame	$5, 44(fp)
	movp	40(fp), 32(44(fp))
	call	44(fp), report
	load	12(mp), $2, 40(fp)	# $Sys print with a wrong sig
	frame	$5, 44(fp)
	movp	40(fp), 32(44(fp))
	call	44(fp), report
	load	16(mp), $0, 40(fp)	# no such file
	frame	$5, 44(fp)
	movp	40(fp), 32(44(fp))
	call	44(fp), report
	load	8(mp), $3, 40(fp)	# add right, greet wrong
	frame	$5, 44(fp)
	movp	40(fp), 32(44(fp))
	call	44(fp), report
	load	8(mp), $4, 40(fp)	# bump only: loads
	frame	$5, 44(fp)
	movp	40(fp), 32(44(fp))
	call	44(fp), report
	mframe	40(fp), $0, 44(fp)
	lea	60(fp), 16(44(fp))
	mcall	44(fp), $0, 40(fp)
	frame	$4, 44(fp)
	movp	28(mp), 32(44(fp))
	movw	60(fp), 36(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	36(mp), 40(fp)		# nil
try:
	mframe	40(fp), $0, 44(fp)
	jmp	done
caught:
	frame	$3, 44(fp)
	movp	32(mp), 32(44(fp))
	movp	56(fp), 36(44(fp))
	lea	64(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
done:
	ret

# report(h): "nil: %r" or "loaded"
report:
	frame	$2, 36(fp)
	movp	20(mp), 32(36(fp))
	bnew	32(fp), 36(mp), ok
	movp	24(mp), 32(36(fp))
ok:
	lea	40(fp), 16(36(fp))
	mcall	36(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "/dis/lib/mathlib.dis"
	string	@mp+12, "$Sys"
	string	@mp+16, "/dis/lib/nosuch.dis"
	string	@mp+20, "loaded\n"
	string	@mp+24, "nil: %r\n"
	string	@mp+28, "bump %d\n"
	string	@mp+32, "%s\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ldt	1
	ext	0x12345678, "add"
	ldt	2
	ext	0x1, "print"
	ldt	3
	ext	0x6584767b, "add"
	ext	0xb2cd7191, "greet"
	ldt	4
	ext	0x616977e8, "bump"

	handler	56(fp), try, done, -1
	ecase	"module not loaded", caught
