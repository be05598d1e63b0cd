# A library module for the mcall tests, loaded from /dis/lib: exported
# data (counter, through .mp) and functions add, bump, greet, fail
# and sendinc.
	module	Mathlib
	source	"/tests/dis/lib/mathlib.s"
	datasize	8
	desc	$0, 8, "40"	# counter, the greeting
	desc	$1, 40, ""	# add(a, b: int): int
	desc	$2, 32, ""	# bump(): int
	desc	$3, 40, "0080"	# greet(s: string): string; fail(s: string)
	desc	$4, 40, "0080"	# sendinc(c: chan of int, v: int)

add:
	addw	36(fp), 32(fp), 0(16(fp))
	ret
bump:
	addw	$1, 0(mp)
	movw	0(mp), 0(16(fp))
	ret
greet:
	addc	32(fp), 4(mp), 0(16(fp))
	ret
fail:
	raise	32(fp)
sendinc:
	addw	$1, 36(fp)
	send	36(fp), 32(fp)
	ret

	string	@mp+4, "hello, "

	link	-1, -1, 0xfeb7f233, ".mp"
	link	add, $1, 0x6584767b, "add"
	link	bump, $2, 0x616977e8, "bump"
	link	fail, $3, 0x1273096a, "fail"
	link	greet, $3, 0xb2cd7190, "greet"
	link	sendinc, $4, 0x75f96d0a, "sendinc"
