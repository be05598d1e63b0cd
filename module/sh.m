# The shell's interfaces: Command (what every command implements),
# Sh (the shell module itself, as seen by its loadable builtin modules)
# and Shellbuiltin (what a builtin module such as /dis/sh/std.dis
# implements). The declarations are Inferno's, name for name and type
# for type, so that builtin modules compiled for Inferno link with
# Ember's shell and ours with Inferno's (a signature hashes the whole
# type, adt fields included). Needs sys.m and draw.m.

Command: module
{
	PATH:	con "/dis/sh.dis";

	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Sh: module
{
	PATH: con "/dis/sh.dis";

	# set up the module's globals when it is loaded as a library
	initialise:	fn();
	# the command: sh [-ilexn] [-c command] [file [arg ...]]
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
	# run a command line in a new context; returns its status
	system:	fn(drawctxt: ref Draw->Context, cmd: string): string;
	# run argv (already split into words) in a new context
	run:	fn(drawctxt: ref Draw->Context, argv: list of string): string;
	# parse a command line; the string is the error, if any
	parse:	fn(s: string): (ref Cmd, string);
	# a parsed command back as shell text
	cmd2string:	fn(c: ref Cmd): string;

	# the state a command runs in: variables, builtins, options
	Context: adt {
		new:	fn(drawcontext: ref Draw->Context): ref Context;
		# a variable's value, nil if unset
		get:	fn(c: self ref Context, name: string): list of ref Listnode;
		# set where it is defined (else globally)
		set:	fn(c: self ref Context, name: string, val: list of ref Listnode);
		# set in the innermost scope
		setlocal:	fn(c: self ref Context, name: string, val: list of ref Listnode);
		# every variable visible, innermost first
		envlist:	fn(c: self ref Context): list of (string, list of ref Listnode);
		# open and close a local variable scope
		push:	fn(c: self ref Context);
		pop:	fn(c: self ref Context);
		# a context for a new process; copyenv copies the variables
		copy:	fn(c: self ref Context, copyenv: int): ref Context;
		# run a command given as words (the first may be a block)
		run:	fn(c: self ref Context, args: list of ref Listnode, last: int): string;
		# register a builtin module and the names it provides
		addmodule:	fn(c: self ref Context, name: string, mod: Shellbuiltin);
		addbuiltin:	fn(c: self ref Context, name: string, mod: Shellbuiltin);
		removebuiltin:	fn(c: self ref Context, name: string, mod: Shellbuiltin);
		addsbuiltin:	fn(c: self ref Context, name: string, mod: Shellbuiltin);
		removesbuiltin: fn(c: self ref Context, name: string, mod: Shellbuiltin);
		# print "sh: msg" (when verbose) and raise ename
		fail:	fn(c: self ref Context, ename, msg: string);
		# the option bits below
		options:	fn(c: self ref Context): int;
		setoptions:	fn(c: self ref Context, flags, on: int): int;
		INTERACTIVE, VERBOSE, EXECPRINT, ERROREXIT: con 1 << iota;

		env:	ref Environment;
		waitfd:	ref Sys->FD;
		drawcontext:	ref Draw->Context;
		keepfds:	list of int;
	};

	# conversions between words and string lists
	list2stringlist:	fn(nl: list of ref Listnode): list of string;
	stringlist2list:	fn(sl: list of string): list of ref Listnode;
	# a list as shell text, words quoted where needed
	quoted:	fn(val: list of ref Listnode, quoteblocks: int): string;

	# the shell is its own builtin module (load, run, whatis, ...)
	initbuiltin:	fn(c: ref Context, sh: Sh): string;
	whatis:	fn(nil: ref Sh->Context, nil: Sh, nil: string, nil: int): string;
	runbuiltin:	fn(c: ref Context, sh: Sh, cmd: list of ref Listnode, last: int): string;
	runsbuiltin:	fn(c: ref Context, sh: Sh, cmd: list of ref Listnode): list of ref Listnode;
	getself: 	fn(): Shellbuiltin;

	# the parse tree
	Cmd: type Node;
	Node: adt {
		ntype: int;
		left, right: ref Node;
		word: string;
		redir: ref Redir;
	};
	Redir: adt {
		rtype: int;
		fd1, fd2: int;
	};
	Var: adt {
		name: string;
		val: list of ref Listnode;
		flags: int;
		CHANGED, NOEXPORT: con (1 << iota);
	};
	Environment: adt {
		sbuiltins: ref Builtins;
		builtins: ref Builtins;
		bmods: list of (string, Shellbuiltin);
		localenv: ref Localenv;
	};
	Localenv: adt {
		vars: array of list of ref Var;
		pushed: ref Localenv;
		flags: int;
	};
	# a word of a list: a string, or a block (cmd non-nil)
	Listnode: adt {
		cmd: ref Node;
		word: string;
	};
	Builtins: adt {
		ba: array of (string, list of Shellbuiltin);
		n: int;
	};
	# node types
	n_BLOCK,  n_VAR, n_BQ, n_BQ2, n_REDIR,
	n_DUP, n_LIST, n_SEQ, n_CONCAT, n_PIPE, n_ADJ,
	n_WORD, n_NOWAIT, n_SQUASH, n_COUNT,
	n_ASSIGN, n_LOCAL: con iota;
	# the character put before an unquoted * ? or [ in a word: only
	# those are pattern characters when the word is expanded. Words
	# reach builtins expanded and without it, except the arguments of
	# ~, which keep it so that std matches them as patterns.
	GLOB: con 1;
};

# a loadable builtin module
Shellbuiltin: module {
	# called by load; returns an error or nil
	initbuiltin: fn(c: ref Sh->Context, sh: Sh): string;
	# run a builtin command; returns its status
	runbuiltin: fn(c: ref Sh->Context, sh: Sh,
			cmd: list of ref Sh->Listnode, last: int): string;
	# run a substitution builtin ${name args}
	runsbuiltin: fn(c: ref Sh->Context, sh: Sh,
			cmd: list of ref Sh->Listnode): list of ref Sh->Listnode;
	BUILTIN, SBUILTIN, OTHER: con iota;
	# how name is defined, for whatis; nil if not by this module
	whatis: fn(c: ref Sh->Context, sh: Sh, name: string, wtype: int): string;
	getself: fn(): Shellbuiltin;
};
