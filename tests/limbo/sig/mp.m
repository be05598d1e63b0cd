# Module data and its .mp signature (dis-link.md 2.4): limbo -t Mp
# must print mp.out.
Mp: module {
	v3: real;
	v1: int;
	v2: string;
};
