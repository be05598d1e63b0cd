# String: operations on strings and character classes. Needs nothing.
# A class is a string of characters and ranges a-z; a ^ first (with
# something after it) complements it ("a-zA-Z", "^ \t\n"); a - first
# or last stands for itself.
# The declarations are Inferno's.

String: module
{
	PATH:		con	"/dis/lib/string.dis";

	# split s at class cl: splitl just before its first character in
	# cl ((s, "") if none), splitr just after its last ((nil, s) if none)
	splitl:		fn(s, cl: string): (string, string);
	splitr:		fn(s, cl: string): (string, string);
	drop:		fn(s, cl: string): string;	# s less its longest prefix in cl
	take:		fn(s, cl: string): string;	# the longest prefix of s in cl
	in:		fn(c: int, cl: string): int;	# is character c in cl?

	# split s at the first or the last occurrence of the string t
	splitstrl:	fn(s, t: string): (string, string);
	splitstrr:	fn(s, t: string): (string, string);

	prefix:		fn(pre, s: string): int;	# does s start with pre?

	tolower:	fn(s: string): string;
	toupper:	fn(s: string): string;

	# the number at the front of s (after blanks, with an optional
	# sign) in the base, 2 to 36 (0: 16 after 0x, 8 after 0, else 10),
	# and the rest of s; (0, s) if there is no number
	toint:		fn(s: string, base: int): (int, string);
	tobig:		fn(s: string, base: int): (big, string);

	append:		fn(s: string, l: list of string): list of string;	# l with s at its end
	quoted:		fn(argv: list of string): string;	# words quoted for the shell, blank separated
	quotedc:	fn(argv: list of string, cl: string): string;	# quoting words with characters in cl
	unquoted:	fn(args: string): list of string;	# the words of a quoted string
};
