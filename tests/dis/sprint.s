# Sys->sprint formats into a new string (counted in characters),
# aprint into an array of UTF-8 bytes; an empty result is "".
	module	Sprint
	entry	init, $1
	datasize	40
	desc	$0, 40, "ff"
	desc	$1, 72, "00ce"	# 48 s, 52 a, 56 t: results
	desc	$2, 56, "00a0"	# sprint(fmt, int, string, real)
	desc	$3, 40, "0080"	# aprint(fmt, int)
	desc	$4, 56, "00d0"	# print(fmt, string, int, string, int, int)
	desc	$5, 40, "0080"	# sprint(fmt)

init:
	load	0(mp), $0, 4(mp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	$7, 36(44(fp))
	movp	12(mp), 40(44(fp))
	movf	32(mp), 48(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	frame	$3, 44(fp)
	movp	16(mp), 32(44(fp))
	movw	$5, 36(44(fp))
	lea	52(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$5, 44(fp)
	movp	24(mp), 32(44(fp))
	lea	56(fp), 16(44(fp))
	mcall	44(fp), $2, 4(mp)
	frame	$4, 44(fp)
	movp	20(mp), 32(44(fp))
	movp	48(fp), 36(44(fp))
	lenc	48(fp), 40(44(fp))
	cvtac	52(fp), 44(44(fp))
	lena	52(fp), 48(44(fp))
	lenc	56(fp), 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d-%s-%g"
	string	@mp+12, "héllo"
	string	@mp+16, "ab%d"
	string	@mp+20, "%s %d %s %d %d\n"
	string	@mp+24, ""
	real	@mp+32, 0.5

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0x77442d46, "aprint"
	ext	0xac849033, "print"
	ext	0x4c0624b6, "sprint"
