# Sums: what md5sum and sha1sum share (an Ember library, not in
# Inferno): digests of files by Keyring's md5 or sha1, printed in the
# commands' format. Needs sys.m.

Sums: module
{
	PATH:	con "/dis/lib/sums.dis";

	# For each of files, print the digest by alg ("md5" or "sha1") in
	# lower-case hex, a tab and the name; with no files, the digest of
	# the standard input alone. cmd names the command in messages.
	# Returns how many files failed (could not be opened or read).
	sum:	fn(cmd, alg: string, files: list of string): int;
};
