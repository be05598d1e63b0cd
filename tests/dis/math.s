# The built-in $Math: a few functions of each shape (real -> real,
# two reals, real -> int, real <-> bits, the (int, real) tuple of
# modf, scalbn's int), results printed in the shortest form.
	module	Math
	entry	init, $1
	datasize	128
	desc	$0, 128, "f0000003"
	desc	$1, 240, "00c0"
	desc	$2, 104, "0080"	# print(fmt, 8 reals)
	desc	$3, 80, "0080"	# print(fmt, int, int, int, big, real, int, real)

init:
	load	0(mp), $0, 4(mp)
	load	12(mp), $1, 8(mp)
	mframe	8(mp), $13, 44(fp)	# sqrt
	movf	16(mp), 32(44(fp))
	lea	128(fp), 16(44(fp))
	mcall	44(fp), $13, 8(mp)
	mframe	8(mp), $10, 44(fp)	# pow
	movf	16(mp), 32(44(fp))
	movf	24(mp), 40(44(fp))
	lea	136(fp), 16(44(fp))
	mcall	44(fp), $10, 8(mp)
	mframe	8(mp), $3, 44(fp)	# floor
	movf	32(mp), 32(44(fp))
	lea	144(fp), 16(44(fp))
	mcall	44(fp), $3, 8(mp)
	mframe	8(mp), $5, 44(fp)	# hypot
	movf	40(mp), 32(44(fp))
	movf	48(mp), 40(44(fp))
	lea	152(fp), 16(44(fp))
	mcall	44(fp), $5, 8(mp)
	mframe	8(mp), $4, 44(fp)	# fmod
	movf	56(mp), 32(44(fp))
	movf	16(mp), 40(44(fp))
	lea	160(fp), 16(44(fp))
	mcall	44(fp), $4, 8(mp)
	mframe	8(mp), $1, 44(fp)	# copysign
	movf	40(mp), 32(44(fp))
	movf	64(mp), 40(44(fp))
	lea	168(fp), 16(44(fp))
	mcall	44(fp), $1, 8(mp)
	mframe	8(mp), $9, 44(fp)	# nextafter
	movf	72(mp), 32(44(fp))
	movf	16(mp), 40(44(fp))
	lea	176(fp), 16(44(fp))
	mcall	44(fp), $9, 8(mp)
	mframe	8(mp), $12, 44(fp)	# scalbn
	movf	72(mp), 32(44(fp))
	movw	$10, 40(44(fp))
	lea	184(fp), 16(44(fp))
	mcall	44(fp), $12, 8(mp)
	mframe	8(mp), $7, 44(fp)	# isnan
	movf	80(mp), 32(44(fp))
	lea	192(fp), 16(44(fp))
	mcall	44(fp), $7, 8(mp)
	mframe	8(mp), $2, 44(fp)	# finite
	movf	88(mp), 32(44(fp))
	lea	196(fp), 16(44(fp))
	mcall	44(fp), $2, 8(mp)
	mframe	8(mp), $6, 44(fp)	# ilogb
	movf	96(mp), 32(44(fp))
	lea	200(fp), 16(44(fp))
	mcall	44(fp), $6, 8(mp)
	mframe	8(mp), $11, 44(fp)	# realbits64
	movf	72(mp), 32(44(fp))
	lea	208(fp), 16(44(fp))
	mcall	44(fp), $11, 8(mp)
	mframe	8(mp), $0, 44(fp)	# bits64real
	movl	112(mp), 32(44(fp))
	lea	216(fp), 16(44(fp))
	mcall	44(fp), $0, 8(mp)
	mframe	8(mp), $8, 44(fp)	# modf
	movf	104(mp), 32(44(fp))
	lea	224(fp), 16(44(fp))
	mcall	44(fp), $8, 8(mp)
	frame	$2, 44(fp)
	movp	120(mp), 32(44(fp))
	movf	128(fp), 40(44(fp))
	movf	136(fp), 48(44(fp))
	movf	144(fp), 56(44(fp))
	movf	152(fp), 64(44(fp))
	movf	160(fp), 72(44(fp))
	movf	168(fp), 80(44(fp))
	movf	176(fp), 88(44(fp))
	movf	184(fp), 96(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	frame	$3, 44(fp)
	movp	124(mp), 32(44(fp))
	movw	192(fp), 36(44(fp))
	movw	196(fp), 40(44(fp))
	movw	200(fp), 44(44(fp))
	movl	208(fp), 48(44(fp))
	movf	216(fp), 56(44(fp))
	movw	224(fp), 64(44(fp))
	movf	232(fp), 72(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+12, "$Math"
	real	@mp+16, 2.0, 10.0, -2.5, 3.0, 4.0, 7.5, -0, 1.0, 0x7ff8000000000000, 0x7ff0000000000000, 8.0, 3.25
	big	@mp+112, 0x4000000000000000
	string	@mp+120, "%g %g %g %g %g %g %g %g\n"
	string	@mp+124, "%d %d %d %bd %g %d %g\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
	ldt	1
	ext	0x5463c72c, "bits64real"
	ext	0xf293f6cf, "copysign"
	ext	0x7b2e5f52, "finite"
	ext	0xa1d1fe48, "floor"
	ext	0xf293f6cf, "fmod"
	ext	0xf293f6cf, "hypot"
	ext	0x7b2e5f52, "ilogb"
	ext	0x7b2e5f52, "isnan"
	ext	0x6e97c646, "modf"
	ext	0xf293f6cf, "nextafter"
	ext	0xf293f6cf, "pow"
	ext	0x9589d476, "realbits64"
	ext	0x64fa84ba, "scalbn"
	ext	0xa1d1fe48, "sqrt"

