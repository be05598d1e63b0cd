# Names: operations on file names as strings (no file is looked at).
# The declarations are Inferno's.

Names: module
{
	PATH:	con "/dis/lib/names.dis";

	cleanname:	fn(name: string): string;		# without //, /./, /x/../ (Plan 9's cleanname)
	dirname:	fn(name: string): string;		# all but the last element
	basename:	fn(name: string, suffix: string): string;	# the last element, less suffix
	elements:	fn(name: string): list of string;	# the elements; "/" first if rooted
	isprefix:	fn(a: string, b: string): int;		# is name a b or a directory above b?
	pathname:	fn(els: list of string): string;	# elements joined with /
	rooted:		fn(root: string, name: string): string;	# name taken relative to root, unless absolute
	relative:	fn(name: string, root: string): string;	# name relative to root, if under it
};
