# Arrays of adts holding pointers: indx addresses elements by the
# type's size; slicela copies elements with their references (the
# copy keeps its strings when the original is changed or dropped);
# consm/headm move plain blocks through a list.
	module	Adtarray
	entry	init, $1
	datasize	48
	desc	$0, 48, "fc40"
	desc	$1, 112, "00cf"		# 48 a, 52 b, 56 l, 60 a string
	desc	$2, 8, "80"		# Pair: s string, n int
	desc	$3, 72, "00fe"		# print(fmt, 6 strings)
	desc	$4, 56, "0080"		# print(fmt, 5 ints)
	desc	$5, 4, "80"		# string

init:
	load	0(mp), $0, 4(mp)
	newa	$3, $2, 48(fp)
	movw	$0, 64(fp)
fill:
	indx	48(fp), 68(fp), 64(fp)
	indw	16(mp), 72(fp), 64(fp)
	movp	0(72(fp)), 0(68(fp))		# a[i].s = names[i]
	mulw	$10, 64(fp), 4(68(fp))		# a[i].n = 10*i
	addw	$1, 64(fp)
	bltw	64(fp), $3, fill
	newa	$3, $2, 52(fp)
	slicela	48(fp), $0, 52(fp)		# b[0:] = a
	indx	48(fp), 68(fp), $0
	movp	20(mp), 0(68(fp))		# a[0].s = "changed"
	frame	$3, 44(fp)
	movp	8(mp), 32(44(fp))
	indx	48(fp), 68(fp), $0
	movp	0(68(fp)), 36(44(fp))
	indx	48(fp), 68(fp), $1
	movp	0(68(fp)), 40(44(fp))
	indx	48(fp), 68(fp), $2
	movp	0(68(fp)), 44(44(fp))
	indx	52(fp), 68(fp), $0
	movp	0(68(fp)), 48(44(fp))
	indx	52(fp), 68(fp), $1
	movp	0(68(fp)), 52(44(fp))
	indx	52(fp), 68(fp), $2
	movp	0(68(fp)), 56(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	36(mp), 48(fp)			# drop a
	movw	$7, 80(fp)
	movw	$8, 84(fp)
	movw	$9, 88(fp)
	consm	80(fp), $12, 56(fp)
	movw	$0, 80(fp)
	movw	$0, 84(fp)
	movw	$0, 88(fp)
	headm	56(fp), $12, 92(fp)
	frame	$4, 44(fp)
	movp	12(mp), 32(44(fp))
	indx	52(fp), 68(fp), $2
	movw	4(68(fp)), 36(44(fp))		# b[2].n = 20
	movw	92(fp), 40(44(fp))
	movw	96(fp), 44(44(fp))
	movw	100(fp), 48(44(fp))
	lenl	56(fp), 52(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%s %s %s | %s %s %s\n"
	string	@mp+12, "%d %d %d %d %d\n"
	array	@mp+16, $5, 3
	indir	@mp+16, 0
	string	@ind+0, "x0"
	string	@ind+4, "x1"
	string	@ind+8, "x2"
	apop
	string	@mp+20, "changed"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
