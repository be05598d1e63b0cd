# Case tables in module data whose pcs are labels: case (int), casec
# (string), casel (big), goto, and the alt table it dispatches on.
	module	Tables
	source	"tables.b"
	datasize	176
	entry	main, $1

	desc	$0, 176, "00000068"	# the string table's pointers: 100, 104, 112
	desc	$1, 64, ""

main:
	case	32(fp), 0(mp)
zero:
	movw	$0, 36(fp)
	jmp	next
few:
	movw	$1, 36(fp)
	jmp	next
other:
	movw	$2, 36(fp)
next:
	casel	40(fp), 56(mp)
	casec	48(fp), 96(mp)
	goto	36(fp), 148(mp)
	alt	56(fp), 52(fp)
	nbalt	56(fp), 52(fp)
	ret

	# case: 3 ranges, then the default
	word	@mp+0, 3, 0, 1, zero, 1, 6, few, 10, 11, few, other
	# casel: n, pad, then 24-byte entries (lo, hi, pc, pad), default
	word	@mp+56, 1, 0
	big	@mp+64, 5, 6
	word	@mp+80, zero, 0, other
	# casec: n, then (lo, hi, pc) with hi nil for an exact match, default
	word	@mp+96, 2
	string	@mp+100, "a"
	string	@mp+104, "c"
	word	@mp+108, few
	string	@mp+112, "x"
	word	@mp+116, -1, zero, other
	# goto table: count, then pcs
	word	@mp+144, 3, zero, few, other
