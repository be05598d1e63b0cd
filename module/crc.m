# Crc: table-driven cyclic redundancy checks, CRC-32 by default
# (same declarations as Inferno's).

Crc: module
{
	PATH: con "/dis/lib/crc.dis";

	# the running state: crc is the register, crctab the byte table,
	# reg the register's initial value (also xored into each result)
	CRCstate: adt {
		crc: int;
		crctab: array of int;
		reg: int;
	};

	# a state for the given polynomial, in reflected (least significant
	# bit first) form without its top bit; 0 means CRC-32's 16redb88320.
	# reg is the register's first value: 16rffffffff for CRC-32.
	init: fn(poly: int, reg: int): ref CRCstate;

	# feed the first nb bytes of buf and return the check so far
	# (the register xored with reg); may be called again for more data
	crc:	fn(state: ref CRCstate, buf: array of byte, nb: int): int;

	# start again from the initial register value
	reset: fn(state: ref CRCstate);
};
