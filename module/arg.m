# Arg: parses a command's flags in the Plan 9 style: -abc is -a -b -c,
# a flag's argument follows it in the same word or in the next one,
# "--" or a word not starting with "-" (or "-" itself) ends the flags.
# The declarations are Inferno's.

Arg: module
{
	PATH:	con "/dis/lib/arg.dis";

	init:		fn(argv: list of string);	# argv with the command name first
	setusage:	fn(usage: string);		# usage text, without "usage: "
	usage:		fn();				# print the usage message, raise "fail:usage"
	opt:		fn(): int;			# next flag character, 0 when none are left
	arg:		fn(): string;			# the current flag's argument, or nil
	earg:		fn(): string;			# the same, calling usage() if it is missing

	progname:	fn(): string;			# the command's name (argv's first word)
	argv:		fn(): list of string;		# the words left after the flags
};
