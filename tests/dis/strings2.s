# Strings in their two forms (Latin-1 bytes and runes) behave as one:
# "é" written as Latin-1 equals an "é" put into a rune string; runes
# above U+FFFF count as one character; concatenation across forms;
# comparison across forms; the append form of addc on a shared
# string leaves the other holder alone; nil slices.
	module	Strings2
	entry	init, $1
	datasize	48
	desc	$0, 48, "fff0"
	desc	$1, 112, "00cfc0"	# strings at 48..68
	desc	$2, 64, "0080"		# print(fmt, 7 ints)
	desc	$3, 48, "00f0"		# print(fmt, 3 strings)
	desc	$4, 48, "00e0"		# print(fmt, 2 strings, int)

init:
	load	0(mp), $0, 4(mp)
	movp	16(mp), 48(fp)		# "é" (Latin-1)
	movp	20(mp), 52(fp)		# "☺"
	insc	$233, $0, 52(fp)	# now "é" made in a rune string
	movp	24(mp), 56(fp)		# "a😀b"
	addc	56(fp), 48(fp), 60(fp)	# "éa😀b"
	frame	$2, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	$0, 36(44(fp))
	bnec	48(fp), 52(fp), l1
	movw	$1, 36(44(fp))		# equal across forms
l1:
	lenc	56(fp), 40(44(fp))	# 3
	indc	56(fp), $1, 44(44(fp))	# 128512
	lenc	60(fp), 48(44(fp))	# 4
	indc	60(fp), $0, 52(44(fp))	# 233
	movw	$0, 56(44(fp))
	bgec	48(fp), 20(mp), l2
	movw	$1, 56(44(fp))		# "é" < "☺"
l2:
	cvtca	60(fp), 64(fp)
	lena	64(fp), 60(44(fp))	# 2 + 1 + 4 + 1 = 8
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	28(mp), 64(fp)		# "ab"
	movp	64(fp), 68(fp)		# shared
	addc	32(mp), 64(fp)		# append "c": 64 = "abc", 68 stays "ab"
	insc	$9786, $1, 56(fp)	# "a☺b": 24(mp) unchanged
	frame	$3, 44(fp)
	movp	36(mp), 32(44(fp))
	movp	64(fp), 36(44(fp))
	movp	68(fp), 40(44(fp))
	movp	56(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	movp	12(mp), 48(fp)
	slicec	$0, $0, 48(fp)		# nil[0:0] is nil
	movp	60(fp), 52(fp)
	slicec	$1, $3, 52(fp)		# "a😀"
	frame	$4, 44(fp)
	movp	40(mp), 32(44(fp))
	movp	24(mp), 36(44(fp))
	movp	52(fp), 40(44(fp))
	lenc	48(fp), 44(44(fp))
	lea	40(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "%d %d %d %d %d %d %d\n"
	string	@mp+16, "é"
	string	@mp+20, "☺"
	string	@mp+24, "a😀b"
	string	@mp+28, "ab"
	string	@mp+32, "c"
	string	@mp+36, "%s %s %s\n"
	string	@mp+40, "%s %s %d\n"

	link	init, $1, 0x4244b354, "init"
	ldt	0
	ext	0xac849033, "print"
