implement Crc;

# Crc: table-driven CRCs over bytes, least significant bit first, as
# CRC-32 (gzip, zip, PNG) defines them.

include "crc.m";

CRC32POLY: con int 16redb88320;

init(poly: int, reg: int): ref CRCstate
{
	if(poly == 0)
		poly = CRC32POLY;
	tab := array[256] of int;
	for(i := 0; i < 256; i++){
		c := i;
		for(k := 0; k < 8; k++){
			# >> is arithmetic on int: mask to shift in zeros
			if(c & 1)
				c = poly ^ ((c >> 1) & 16r7fffffff);
			else
				c = (c >> 1) & 16r7fffffff;
		}
		tab[i] = c;
	}
	return ref CRCstate(reg, tab, reg);
}

crc(state: ref CRCstate, buf: array of byte, nb: int): int
{
	c := state.crc;
	tab := state.crctab;
	for(i := 0; i < nb; i++)
		c = tab[(c ^ int buf[i]) & 16rff] ^ ((c >> 8) & 16rffffff);
	state.crc = c;
	return c ^ state.reg;
}

reset(state: ref CRCstate)
{
	state.crc = state.reg;
}
