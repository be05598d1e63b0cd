# Conversions to and from strings: cvtfc (shortest round-trip form of
# dis-isa.md 6.5.1, incl. NaN, infinities, -0, the exponent switch),
# cvtwc/cvtlc, cvtcw/cvtcl (blanks, sign, stop at a non-digit, no
# digits or nil -> 0, saturation), cvtcf (strtod rules).
	module	Cvtstr
	entry	init, $1
	datasize	288
	desc	$0, 288, "ffff80"
	desc	$1, 128, "00c0"
	desc	$2, 72, "00ff80"	# print(fmt, 8 strings)
	desc	$3, 64, "0080"	# print(fmt, 7 ints)
	desc	$4, 72, "008380"	# print(fmt, big, big, string, string, string)
	desc	$5, 64, "0080"	# print(fmt, 3 reals)

init:
	load	0(mp), $0, 4(mp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	cvtfc	72(mp), 36(44(fp))	# 3.14159265
	cvtfc	80(mp), 40(44(fp))	# 1234567
	cvtfc	88(mp), 44(44(fp))	# 12345678
	cvtfc	96(mp), 48(44(fp))	# 1e+06
	cvtfc	104(mp), 52(44(fp))	# .0001
	cvtfc	112(mp), 56(44(fp))	# 1e-05
	cvtfc	120(mp), 60(44(fp))	# .25
	cvtfc	128(mp), 64(44(fp))	# 1e+21
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	divf	168(mp), 160(mp), 80(fp)	# 1/3
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	cvtfc	136(mp), 36(44(fp))	# 3.25
	cvtfc	144(mp), 40(44(fp))	# 100
	cvtfc	152(mp), 44(44(fp))	# .1
	cvtfc	80(fp), 48(44(fp))	# .3333333333333333
	cvtfc	176(mp), 52(44(fp))	# 0
	cvtfc	184(mp), 56(44(fp))	# -7.125e-10
	cvtfc	192(mp), 60(44(fp))	# 123456.75
	cvtfc	240(mp), 64(44(fp))	# 1234500000
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	negf	216(mp), 80(fp)		# -0
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	cvtfc	200(mp), 36(44(fp))	# NaN
	cvtfc	208(mp), 40(44(fp))	# -Infinity
	cvtfc	80(fp), 44(44(fp))	# -0
	cvtfc	224(mp), 48(44(fp))	# 5e-324
	cvtfc	232(mp), 52(44(fp))	# 1.7976931348623157e+308
	cvtfc	248(mp), 56(44(fp))	# 1.2345e+10
	cvtfc	256(mp), 60(44(fp))	# -1.5
	cvtwc	276(mp), 64(44(fp))	# -2147483648
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$4, 44(fp)
	movp	16(mp), 32(44(fp))
	cvtcl	52(mp), 40(44(fp))	# saturates: 9223372036854775807
	cvtcl	56(mp), 48(44(fp))	# -12
	cvtwc	$0, 56(44(fp))		# 0
	cvtlc	264(mp), 60(44(fp))	# -9223372036854775808
	cvtwc	280(mp), 64(44(fp))	# 2147483647
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$3, 44(fp)
	movp	12(mp), 32(44(fp))
	cvtcw	24(mp), 36(44(fp))	# "  -42abc" -> -42
	cvtcw	28(mp), 40(44(fp))	# "+7" -> 7
	cvtcw	32(mp), 44(44(fp))	# "abc" -> 0
	cvtcw	36(mp), 48(44(fp))	# nil -> 0
	cvtcw	40(mp), 52(44(fp))	# "\t\n 12" -> 12
	cvtcw	44(mp), 56(44(fp))	# saturates: 2147483647
	cvtcw	48(mp), 60(44(fp))	# saturates: -2147483648
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$5, 44(fp)
	movp	20(mp), 32(44(fp))
	cvtcf	60(mp), 40(44(fp))	# "  1.5e3xyz" -> 1500
	cvtcf	32(mp), 48(44(fp))	# "abc" -> 0
	cvtcf	64(mp), 56(44(fp))	# "-.25"
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%s %s %s %s %s %s %s %s\n"
	string	@mp+12, "%d %d %d %d %d %d %d\n"
	string	@mp+16, "%bd %bd %s %s %s\n"
	string	@mp+20, "%g %g %g\n"
	string	@mp+24, "  -42abc"
	string	@mp+28, "+7"
	string	@mp+32, "abc"
	string	@mp+40, "\t\n 12"
	string	@mp+44, "99999999999"
	string	@mp+48, "-99999999999"
	string	@mp+52, "9223372036854775808"
	string	@mp+56, "-12x"
	string	@mp+60, "  1.5e3xyz"
	string	@mp+64, "-.25"
	real	@mp+72, 3.14159265, 1234567, 12345678, 1e6, 0.0001, 0.00001, 0.25, 1e21
	real	@mp+136, 3.25, 100, 0.1, 1, 3, 0, -7.125e-10, 123456.75
	real	@mp+200, 0x7ff8000000000000, 0xfff0000000000000, 0, 5e-324, 1.7976931348623157e308, 1234500000, 12345000000, -1.5
	big	@mp+264, -9223372036854775808
	word	@mp+276, -2147483648, 2147483647

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
