# Sys->print formats (dis-link.md 4): %d with width, left, zero and
# plus flags; %x %X %o %c (a code point); %s with width, left and
# precision, nil as ""; %g shortest form, %5.2f, %e, %.3g, %f; %bd
# and %bx of bigs, %%, %q quoting only when needed; %r after werrstr.
	module	Sysprint
	entry	init, $1
	datasize	104
	desc	$0, 104, "fff8"
	desc	$1, 64, "00c0"
	desc	$2, 56, "0080"		# print(fmt, 5 ints)
	desc	$3, 56, "00fc"		# print(fmt, 5 strings)
	desc	$4, 80, "0080"		# print(fmt, 5 reals)
	desc	$5, 72, "008180"	# print(fmt, big, big, int, string, string)
	desc	$6, 40, "0080"		# print(fmt)

init:
	load	0(mp), $0, 4(mp)
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	$42, 36(44(fp))
	movw	$42, 40(44(fp))
	movw	$42, 44(44(fp))
	movw	$42, 48(44(fp))
	movw	$42, 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$2, 44(fp)
	movp	12(mp), 32(44(fp))
	movw	$255, 36(44(fp))
	movw	$255, 40(44(fp))
	movw	$8, 44(44(fp))
	movw	$65, 48(44(fp))
	movw	$0x263a, 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$3, 44(fp)
	movp	16(mp), 32(44(fp))
	movp	32(mp), 36(44(fp))
	movp	32(mp), 40(44(fp))
	movp	32(mp), 44(44(fp))
	movp	32(mp), 48(44(fp))
	movp	36(mp), 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$4, 44(fp)
	movp	20(mp), 32(44(fp))
	movf	56(mp), 40(44(fp))
	movf	64(mp), 48(44(fp))
	movf	72(mp), 56(44(fp))
	movf	64(mp), 64(44(fp))
	movf	80(mp), 72(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$5, 44(fp)
	movp	24(mp), 32(44(fp))
	movl	88(mp), 40(44(fp))
	movl	96(mp), 48(44(fp))
	movw	$50, 56(44(fp))
	movp	40(mp), 60(44(fp))
	movp	44(mp), 64(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	mframe	4(mp), $1, 44(fp)
	movp	48(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $1, 4(mp)	# werrstr("my error")
	frame	$6, 44(fp)
	movp	28(mp), 32(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d|%5d|%-5d|%05d|%+d\n"
	string	@mp+12, "%x|%X|%o|%c|%c\n"
	string	@mp+16, "%s|%8s|%-8s|%.2s|%s|\n"
	string	@mp+20, "%g|%5.2f|%e|%.3g|%f\n"
	string	@mp+24, "%bd|%bx|%d%%|%q|%q\n"
	string	@mp+28, "err: %r\n"
	string	@mp+32, "abc"
	string	@mp+40, "a b"
	string	@mp+44, "ab"
	string	@mp+48, "my error"
	real	@mp+56, 0.1, 3.14159, 1234.5, 2.5
	big	@mp+88, -5, 255

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ext	0xc6935858, "werrstr"
