# An interface with data members, for decls.b: its module type
# lists them, and its adt is written Counter->Stat.
Counter: module
{
	PATH:	con "/dis/counter.dis";
	Stat: adt {
		hits:	int;
		last:	string;
	};
	total:	int;
	stat:	Stat;
	bump:	fn(n: int): int;
};
