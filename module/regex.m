# Regex: regular expressions in Plan 9's syntax (as grep(1) describes):
# c . ^ $ [set] [^set] r* r+ r? r1r2 r1|r2 (r), leftmost-longest
# matching with the positions of parenthesised subexpressions.
# The declarations, internal ones included, are Inferno's.

Regex: module {

	PATH:	con "/dis/lib/regex.dis";

	# the compiled form
	Re: type ref Arena;

	# compile(expr, wantsub): the expression, or (nil, diagnostic);
	# wantsub != 0 records the subexpressions' positions
	compile:	fn(nil:string,nil:int): (Re, string);

	# the leftmost-longest match in s: element 0 is its (start, end)
	# and element i that of the ith parenthesised subexpression, or
	# (-1, -1) when it took no part; nil if no match
	execute:	fn(nil:Re, nil:string): array of (int, int);

	# the same, looking for a match starting in se.t0..se.t1 of s;
	# bol and eol say whether the start and end of s are the start and
	# end of a line (for ^ and $)
	executese:	fn(nil:Re, nil:string, se: (int, int), bol: int, eol: int): array of (int, int);

	# the node kinds of a parse (a character stands for itself)
	ALT, CAT, DOT, SET, HAT, DOL, NUL, PCLO, CLO, OPT, LPN, RPN : con (1<<16)+iota;

	refRex : type int;	# an index into Arena.rex

	# a character class
	Set: adt {
		neg: int;			# 1 if complemented
		ascii : array of int;		# bit i%32 of ascii[i/32]: is character i in the set?
		unicode : list of (int,int);	# ranges of other characters, inclusive
	};

	# a node of the parse
	Rex: adt {
		kind : int;		# a character, or ALT ... RPN
		left : refRex;		# an operand
		right : refRex;		# the other operand
		set : ref Set;		# SET's class
		pno : int;		# LPN and RPN's subexpression number
	};

	# the store of nodes
	Arena: adt {
		rex : array of Rex;
		ptr : refRex;		# the next free node
		start : refRex;		# the root
		pno : int;		# the number of subexpressions
	};
};
