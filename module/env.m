# Env: the environment variables of /env. The declarations are Inferno's.

Env: module {
	getenv:	fn(var: string): string;		# nil if var is not set
	setenv:	fn(var: string, val: string): int;	# nil val removes var; -1 on failure
	getall: fn(): list of (string, string);		# every (name, value)

	clone:	fn(): int;	# give the process a copy of the environment; -1 on failure
	new:	fn(): int;	# give it a new empty one; -1 on failure

	PATH:	con "/dis/lib/env.dis";
};
