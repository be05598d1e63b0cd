# A library module whose data holds an array (10, 20, 30): set and
# get its elements. Each load is an instance with its own copy.
	module	Arrmod
	source	"/tests/dis/lib/arrmod.s"
	datasize	8
	desc	$0, 8, "80"
	desc	$1, 48, ""	# set(i, v: int): address 40
	desc	$2, 40, ""	# get(i: int): int: address 36
	desc	$3, 4, ""	# int

set:
	indw	0(mp), 40(fp), 32(fp)
	movw	36(fp), 0(40(fp))
	ret
get:
	indw	0(mp), 36(fp), 32(fp)
	movw	0(36(fp)), 0(16(fp))
	ret

	array	@mp+0, $3, 3
	indir	@mp+0, 0
	word	@ind+0, 10, 20, 30
	apop

	link	get, $2, 0xe67bf126, "get"
	link	set, $1, 0xa4f2b412, "set"
