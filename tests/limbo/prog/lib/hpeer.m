# Interfaces for b_handlepass: HPeer is implemented by the test program
# itself, which hands a "$self" handle on it to HCall (lib/hcall.b).
HPeer: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
	alpha:	fn(): string;
	beta:	fn(n: int): string;
	gamma:	fn(): string;
};

HCall: module
{
	PATH:	con "/dis/lib/hcall.dis";
	use:	fn(p: HPeer): string;
};
