# Exception handlers: a typed arm, exact and prefix string arms and
# a wildcard, nested blocks (inner first), a handler ending at the
# end of the code, and the ".mp" export with an adt member.
	module	T1
	source	"/appl/t1.b"
	datasize	16
	entry	init, $2

	desc	$0, 16, "c0"
	desc	$1, 16, "c0"	# the exception E: name, 0
	desc	$2, 64, "0001"	# init's frame; slot 60 takes the exception
	desc	$3, 48, ""	# Pt.add's frame

Pt.add:
	addw	36(fp), 32(fp), 40(fp)
	movw	40(fp), 0(16(fp))
	ret
init:
	new	$1, 56(fp)
	movp	0(mp), 0(56(fp))
	movw	$0, 4(56(fp))
try:
	raise	56(fp)
inner:
	raise	4(mp)
	jmp	done
caught:
	movw	$1, 32(fp)
	jmp	done
bounds:
	movw	$2, 32(fp)
	jmp	done
zero:
	movw	$3, 32(fp)
	jmp	done
any:
	movw	$4, 32(fp)
done:
	ret
end:

	string	@mp+0, "T1.0.E"
	string	@mp+4, "zero divide"

	link	-1, -1, 0x4cc0c5b7, ".mp"
	link	Pt.add, $3, 0x095a87a7, "Pt.add"
	link	init, $2, 0x4244b354, "init"

	ldt	0

	handler	60(fp), inner, caught, -1
	ecase	"zero*", zero
	handler	60(fp), try, done, $1
	etype	"T1.0.E", caught
	ecase	"array bounds error", bounds
	ecase	"zero*", zero
	ewild	any
	handler	60(fp), done, end, -1
