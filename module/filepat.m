# Filepat: file name patterns with * ? and [...] as in the shell.
# The declarations are Inferno's.

Filepat: module
{
	PATH:	con "/dis/lib/filepat.dis";

	# the names of existing files that pat matches, sorted per element;
	# a / in pat separates elements matched one directory at a time
	expand:	fn(pat: string): list of string;

	# does name match pat? (a / is an ordinary character here)
	match:	fn(pat, name: string): int;
};
