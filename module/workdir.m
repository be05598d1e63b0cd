# Workdir: the current directory's name. The declarations are Inferno's.

Workdir: module
{
	PATH:	con	"/dis/lib/workdir.dis";

	init:	fn(): string;	# the name, or nil with the error in %r
};
