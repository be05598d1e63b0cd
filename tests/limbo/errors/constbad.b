x := 1;
f(): int
{
	return 1;
}
K1: con x + 1;
K2: con 1 + big 2;
K3: con 1 / 0;
K4: con 1 << 32;
K5: con "a" - "b";
K6: con 2 ** -1;
K7: con 1.5 % 2.0;
K8: con string 1.5;
K9: con f();
K10: con ~1.5;
K11: con len 5;
K12: con big 1 % big 0;
K13: con byte 1 >> 8;
K14: con 1 ** 2.0;
K15: con array of byte "x";
