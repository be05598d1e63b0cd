implement Shellbuiltin;

# std: the shell's standard builtin module (/dis/sh/std.dis, loaded by
# `load std`). It gives the shell its control flow (if, for, while,
# and, or, !, ~, rescue ...), functions (fn, subfn) and the list
# substitutions ${hd} ${tl} ${index} ${join} ${split} ...; the shell
# itself knows none of them. Functions live in shell variables named
# fn-NAME and sfn-NAME, so they travel in the environment and a child
# shell that loads std finds them again.

include "sys.m";
	sys: Sys;
include "draw.m";
include "sh.m";
	sh: Sh;
	Listnode, Context: import sh;

myself: Shellbuiltin;

# the builtins and substitution builtins std provides, besides functions
builtins := array[] of {
	"!", "and", "apply", "flag", "fn", "for", "getlines", "if", "no", "or",
	"pctl", "raise", "rescue", "status", "subfn", "while", "~",
};
sbuiltins := array[] of {
	"env", "hd", "index", "join", "parse", "pid", "pipe", "split", "tl",
};

# the statuses std's tests return when false
Efalse: con "false";
Enomatch: con "no match";

# the shell flag letters flag knows, and their option bits
flagletters := array[] of {
	('e', Context.ERROREXIT),
	('i', Context.INTERACTIVE),
	('v', Context.VERBOSE),
	('x', Context.EXECPRINT),
};

# pctl's flag names
pctlflags := array[] of {
	("newfd", Sys->NEWFD),
	("forkfd", Sys->FORKFD),
	("newns", Sys->NEWNS),
	("forkns", Sys->FORKNS),
	("newpgrp", Sys->NEWPGRP),
	("nodevs", Sys->NODEVS),
	("newenv", Sys->NEWENV),
	("forkenv", Sys->FORKENV),
};

initbuiltin(c: ref Context, shmod: Sh): string
{
	sys = load Sys Sys->PATH;
	sh = shmod;
	myself = load Shellbuiltin "$self";
	if(myself == nil)
		return sys->sprint("std: cannot load self: %r");
	for(i := 0; i < len builtins; i++)
		c.addbuiltin(builtins[i], myself);
	for(i = 0; i < len sbuiltins; i++)
		c.addsbuiltin(sbuiltins[i], myself);
	# functions inherited through the environment
	for(vl := c.envlist(); vl != nil; vl = tl vl){
		(name, val) := hd vl;
		if(val == nil)
			continue;
		if(prefix("fn-", name) && len name > 3)
			c.addbuiltin(name[3:], myself);
		else if(prefix("sfn-", name) && len name > 4)
			c.addsbuiltin(name[4:], myself);
	}
	return nil;
}

getself(): Shellbuiltin
{
	return myself;
}

# whatis: a function's definition as the command that would make it
whatis(c: ref Context, nil: Sh, name: string, wtype: int): string
{
	case wtype {
	BUILTIN =>
		if(isbuiltin(name))
			return nil;
		val := c.get("fn-" + name);
		if(val == nil)
			return nil;
		return "fn " + quote(name) + " " + sh->quoted(val, 0);
	SBUILTIN =>
		if(issbuiltin(name))
			return nil;
		val := c.get("sfn-" + name);
		if(val == nil)
			return nil;
		return "subfn " + quote(name) + " " + sh->quoted(val, 0);
	}
	return nil;
}

runbuiltin(c: ref Context, nil: Sh, cmd: list of ref Listnode, last: int): string
{
	name := text(hd cmd);
	case name {
	"!" =>		return bnot(c, cmd);
	"and" =>	return band(c, cmd);
	"apply" =>	return bapply(c, cmd);
	"flag" =>	return bflag(c, cmd);
	"fn" =>		return bfn(c, cmd, "fn-");
	"for" =>	return bfor(c, cmd);
	"getlines" =>	return bgetlines(c, cmd);
	"if" =>		return bif(c, cmd, last);
	"no" =>		return bno(cmd);
	"or" =>		return bor(c, cmd);
	"pctl" =>	return bpctl(c, cmd);
	"raise" =>	return braise(c, cmd);
	"rescue" =>	return brescue(c, cmd, last);
	"status" =>	return bstatus(cmd);
	"subfn" =>	return bfn(c, cmd, "sfn-");
	"while" =>	return bwhile(c, cmd);
	"~" =>		return bmatch(c, cmd);
	}
	return runfn(c, cmd, last);
}

runsbuiltin(c: ref Context, nil: Sh, cmd: list of ref Listnode): list of ref Listnode
{
	name := text(hd cmd);
	case name {
	"env" =>	return senv(c);
	"hd" =>		return shd(cmd);
	"index" =>	return sindex(c, cmd);
	"join" =>	return sjoin(c, cmd);
	"parse" =>	return sparse(c, cmd);
	"pid" =>	return word(string sys->pctl(0, nil)) :: nil;
	"pipe" =>	return spipe(c, cmd);
	"split" =>	return ssplit(c, cmd);
	"tl" =>		return stl(cmd);
	}
	return runsfn(c, cmd);
}

#
# functions
#

# fn NAME... BLOCK defines, fn NAME... removes (subfn likewise, with
# sfn- variables and substitution builtins)
bfn(c: ref Context, cmd: list of ref Listnode, pre: string): string
{
	what := text(hd cmd);
	args := tl cmd;
	if(args == nil)
		usage(c, what + " name... [command]");
	body: ref Listnode;
	names: list of string;
	for(; args != nil; args = tl args){
		if(tl args == nil && isblock(hd args)){
			body = hd args;
			break;
		}
		names = text(hd args) :: names;
	}
	if(names == nil)
		usage(c, what + " name... [command]");
	for(l := names; l != nil; l = tl l){
		if(pre == "fn-" && isbuiltin(hd l) || pre == "sfn-" && issbuiltin(hd l))
			c.fail("bad function", what + ": cannot redefine std's " + hd l);
	}
	for(; names != nil; names = tl names){
		n := hd names;
		if(body != nil){
			# removed first so that a redefinition is not registered twice
			c.set(pre + n, body :: nil);
			if(pre == "fn-"){
				c.removebuiltin(n, myself);
				c.addbuiltin(n, myself);
			}else{
				c.removesbuiltin(n, myself);
				c.addsbuiltin(n, myself);
			}
		}else{
			c.set(pre + n, nil);
			if(pre == "fn-")
				c.removebuiltin(n, myself);
			else
				c.removesbuiltin(n, myself);
		}
	}
	return nil;
}

# runfn: run the function named by the first word with $* the rest
# (set even when empty: a function never sees its caller's $*)
runfn(c: ref Context, cmd: list of ref Listnode, last: int): string
{
	name := text(hd cmd);
	body := c.get("fn-" + name);
	if(body == nil || !isblock(hd body)){
		# defined by an environment that has since lost it
		c.removebuiltin(name, myself);
		c.fail("unknown function", name + ": function not defined");
	}
	c.push();
	status: string;
	{
		c.setlocal("*", tl cmd);
		status = c.run(hd body :: nil, last);
	} exception {
	"*" =>
		c.pop();
		raise;
	}
	c.pop();
	return status;
}

# runsfn: a substitution function: its body's $result
runsfn(c: ref Context, cmd: list of ref Listnode): list of ref Listnode
{
	name := text(hd cmd);
	body := c.get("sfn-" + name);
	if(body == nil || !isblock(hd body)){
		c.removesbuiltin(name, myself);
		c.fail("unknown function", name + ": substitution function not defined");
	}
	# $result and $* are made local to a scope of our own, where the
	# body's assignment finds $result
	c.push();
	{
		c.setlocal("result", nil);
		c.setlocal("*", tl cmd);
		c.run(hd body :: nil, 0);
	} exception {
	"*" =>
		c.pop();
		raise;
	}
	r := c.get("result");
	c.pop();
	return r;
}

#
# control flow
#

# ! CMD ...: the command's status inverted
bnot(c: ref Context, cmd: list of ref Listnode): string
{
	if(tl cmd == nil)
		usage(c, "! command [arg...]");
	if(runcond(c, tl cmd) == nil)
		return Efalse;
	return nil;
}

# and CMD...: run each until one fails; that status
band(c: ref Context, cmd: list of ref Listnode): string
{
	status: string;
	for(cmd = tl cmd; cmd != nil; cmd = tl cmd){
		status = runcond(c, hd cmd :: nil);
		if(status != nil)
			break;
	}
	return status;
}

# or CMD...: run each until one succeeds; the last status
bor(c: ref Context, cmd: list of ref Listnode): string
{
	status: string;
	for(cmd = tl cmd; cmd != nil; cmd = tl cmd){
		status = runcond(c, hd cmd :: nil);
		if(status == nil)
			break;
	}
	return status;
}

# if COND ACTION [COND ACTION]... [ELSE]
bif(c: ref Context, cmd: list of ref Listnode, last: int): string
{
	args := tl cmd;
	if(args == nil)
		usage(c, "if condition action [condition action]... [elseaction]");
	for(; args != nil; args = tl tl args){
		if(tl args == nil)
			return c.run(hd args :: nil, last);	# the else part
		if(runcond(c, hd args :: nil) == nil)
			return c.run(hd tl args :: nil, last);
	}
	return nil;
}

# for VAR in WORD... BODY: the last status of the body
bfor(c: ref Context, cmd: list of ref Listnode): string
{
	args := tl cmd;
	if(len args < 3 || text(hd tl args) != "in" || (hd args).cmd != nil || text(hd args) == nil)
		usage(c, "for var in [arg...] command");
	var := text(hd args);
	args = tl tl args;
	# the body is the last word; the words to go through come before it
	words: list of ref Listnode;
	for(; tl args != nil; args = tl args)
		words = hd args :: words;
	body := hd args;
	status: string;
	for(words = rev(words); words != nil; words = tl words){
		c.setlocal(var, hd words :: nil);
		status = c.run(body :: nil, 0);
	}
	return status;
}

# while COND BODY: the last status of the body
bwhile(c: ref Context, cmd: list of ref Listnode): string
{
	args := tl cmd;
	if(len args != 2)
		usage(c, "while condition command");
	cond := hd args;
	body := hd tl args;
	status: string;
	while(runcond(c, cond :: nil) == nil)
		status = c.run(body :: nil, 0);
	return status;
}

# apply CMD ARG...: the command run once per argument, as its $1
bapply(c: ref Context, cmd: list of ref Listnode): string
{
	args := tl cmd;
	if(args == nil)
		usage(c, "apply command [arg...]");
	f := hd args;
	status: string;
	for(args = tl args; args != nil; args = tl args)
		status = c.run(f :: hd args :: nil, 0);
	return status;
}

# getlines [SEPS] CMD: the command run for each line of standard
# input, the line (without its separator) in $line
bgetlines(c: ref Context, cmd: list of ref Listnode): string
{
	args := tl cmd;
	seps := "\n";
	case len args {
	1 =>
		;
	2 =>
		seps = text(hd args);
		args = tl args;
	* =>
		usage(c, "getlines [separators] command");
	}
	body := hd args;
	in := sys->fildes(0);
	r := ref Reader(array[512] of byte, 0, 0, 0);
	status: string;
	while((line := r.getline(in, seps)) != nil){
		c.setlocal("line", word(line[1:]) :: nil);
		status = c.run(body :: nil, 0);
	}
	return status;
}

# rescue PATTERN HANDLER CMD: run CMD; if it raises an exception
# matching PATTERN, run HANDLER with the exception in $exception
brescue(c: ref Context, cmd: list of ref Listnode, last: int): string
{
	args := tl cmd;
	if(len args != 3)
		usage(c, "rescue pattern rescueblock command");
	# the pattern is typed quoted (the shell would expand it as file
	# names): all its pattern characters count
	pat := text(hd args);
	handler := hd tl args;
	body := hd tl tl args;
	env := c.env.localenv;
	keep := c.keepfds;
	status: string;
	{
		status = c.run(body :: nil, 0);
	} exception e {
	"exit" =>
		raise;		# the shell's exit, not an error
	"*" =>
		name := e;
		if(prefix("fail:", name))
			name = name[5:];
		if(!match(pat, name, 0))
			raise;
		# the scopes and kept descriptors of what failed are gone
		c.env.localenv = env;
		c.keepfds = keep;
		c.push();
		{
			c.setlocal("exception", word(name) :: nil);
			status = c.run(handler :: nil, last);
		} exception {
		"*" =>
			c.pop();
			raise;
		}
		c.pop();
	}
	return status;
}

# raise [NAME]: raise the exception NAME (by default $exception, the
# one being handled)
braise(c: ref Context, cmd: list of ref Listnode): string
{
	args := tl cmd;
	name: string;
	if(args != nil)
		name = text(hd args);
	else{
		e := c.get("exception");
		if(e == nil)
			usage(c, "raise name");
		name = text(hd e);
	}
	raise "fail:" + name;
}

# runcond: run a command whose failure is an answer, not an error:
# the -e flag (exit on a failure) is off while it runs
runcond(c: ref Context, cmd: list of ref Listnode): string
{
	opts := c.options();
	if((opts & Context.ERROREXIT) == 0)
		return c.run(cmd, 0);
	c.setoptions(Context.ERROREXIT, 0);
	status: string;
	{
		status = c.run(cmd, 0);
	} exception {
	"*" =>
		c.setoptions(Context.ERROREXIT, 1);
		raise;
	}
	c.setoptions(Context.ERROREXIT, 1);
	return status;
}

#
# tests and settings
#

# ~ VALUE PATTERN...: true if any pattern matches the value
bmatch(c: ref Context, cmd: list of ref Listnode): string
{
	args := tl cmd;
	if(args == nil)
		usage(c, "~ value [pattern...]");
	v := text(hd args);
	for(args = tl args; args != nil; args = tl args)
		if(match(rawtext(hd args), v, 1))
			return nil;
	return Enomatch;
}

# no ARG...: true if there are no arguments
bno(cmd: list of ref Listnode): string
{
	if(tl cmd == nil)
		return nil;
	return Efalse;
}

# status VALUE...: a status of the arguments, joined by blanks
bstatus(cmd: list of ref Listnode): string
{
	s := "";
	for(args := tl cmd; args != nil; args = tl args){
		if(s != nil)
			s += " ";
		s += text(hd args);
	}
	return s;
}

# flag F [+-]: set, clear or test one of the shell's flags
bflag(c: ref Context, cmd: list of ref Listnode): string
{
	args := tl cmd;
	if(args == nil || len args > 2 || len text(hd args) != 1)
		usage(c, "flag [eivx] [+-]");
	bit := 0;
	for(i := 0; i < len flagletters; i++){
		(l, b) := flagletters[i];
		if(l == text(hd args)[0])
			bit = b;
	}
	if(bit == 0)
		usage(c, "flag [eivx] [+-]");
	if(tl args == nil){
		if(c.options() & bit)
			return nil;
		return Efalse;
	}
	case text(hd tl args) {
	"+" =>
		c.setoptions(bit, 1);
	"-" =>
		c.setoptions(bit, 0);
	* =>
		usage(c, "flag [eivx] [+-]");
	}
	return nil;
}

# pctl FLAG...: the process's groups, as Sys->pctl; a number is a
# descriptor kept by newfd
bpctl(c: ref Context, cmd: list of ref Listnode): string
{
	flags := 0;
	fds: list of int;
	for(args := tl cmd; args != nil; args = tl args){
		w := text(hd args);
		if(isnumber(w)){
			fds = int w :: fds;
			continue;
		}
		for(i := 0; i < len pctlflags; i++){
			(n, nil) := pctlflags[i];
			if(n == w)
				break;
		}
		if(i == len pctlflags)
			usage(c, "pctl [newfd|forkfd|newns|forkns|newpgrp|nodevs|newenv|forkenv|fd]...");
		(nil, f) := pctlflags[i];
		flags |= f;
	}
	if(sys->pctl(flags, fds) < 0)
		c.fail("pctl failed", sys->sprint("pctl: %r"));
	return nil;
}

#
# substitution builtins
#

shd(cmd: list of ref Listnode): list of ref Listnode
{
	if(tl cmd == nil)
		return nil;
	return hd tl cmd :: nil;
}

stl(cmd: list of ref Listnode): list of ref Listnode
{
	if(tl cmd == nil)
		return nil;
	return tl tl cmd;
}

# ${index N LIST}: the Nth element, counting from 1
sindex(c: ref Context, cmd: list of ref Listnode): list of ref Listnode
{
	args := tl cmd;
	if(args == nil || !isnumber(text(hd args)))
		usage(c, "index number list");
	n := int text(hd args);
	if(n < 1)
		return nil;
	for(args = tl args; args != nil; args = tl args)
		if(--n == 0)
			return hd args :: nil;
	return nil;
}

# ${join SEP LIST}: one word
sjoin(c: ref Context, cmd: list of ref Listnode): list of ref Listnode
{
	args := tl cmd;
	if(args == nil)
		usage(c, "join separator list");
	sep := text(hd args);
	s := "";
	for(args = tl args; args != nil; args = tl args){
		s += text(hd args);
		if(tl args != nil)
			s += sep;
	}
	return word(s) :: nil;
}

# ${split [SEPS] WORD...}: the words cut at any of the separator
# characters (default $ifs, else blank, tab, newline); empty fields
# are dropped
ssplit(c: ref Context, cmd: list of ref Listnode): list of ref Listnode
{
	args := tl cmd;
	if(args == nil)
		usage(c, "split [separators] arg");
	seps: string;
	if(tl args != nil){
		seps = text(hd args);
		args = tl args;
	}else{
		ifs := c.get("ifs");
		if(ifs == nil)
			seps = " \t\n";
		for(; ifs != nil; ifs = tl ifs)
			seps += text(hd ifs);
	}
	r: list of ref Listnode;
	for(; args != nil; args = tl args){
		(nil, f) := sys->tokenize(text(hd args), seps);
		for(; f != nil; f = tl f)
			r = word(hd f) :: r;
	}
	return rev(r);
}

# ${parse TEXT}: the text parsed into a block
sparse(c: ref Context, cmd: list of ref Listnode): list of ref Listnode
{
	args := tl cmd;
	if(len args != 1)
		usage(c, "parse arg");
	(n, err) := sh->parse(text(hd args));
	if(err != nil)
		c.fail("parse error", "parse: " + err);
	if(n == nil)
		return ref Listnode(ref Sh->Node(Sh->n_BLOCK, nil, nil, nil, nil), nil) :: nil;
	if(n.ntype != Sh->n_BLOCK)
		n = ref Sh->Node(Sh->n_BLOCK, n, nil, nil, nil);
	return ref Listnode(n, nil) :: nil;
}

# ${env}: the names of the variables, sorted
senv(c: ref Context): list of ref Listnode
{
	names: list of string;
	for(vl := c.envlist(); vl != nil; vl = tl vl){
		(n, nil) := hd vl;
		names = n :: names;
	}
	a := array[len names] of string;
	for(i := 0; names != nil; names = tl names)
		a[i++] = hd names;
	sort(a);
	r: list of ref Listnode;
	for(i = len a - 1; i >= 0; i--)
		if(i == 0 || a[i] != a[i-1])
			r = word(a[i]) :: r;
	return r;
}

# ${pipe from|to|FD CMD}: a file name (/fd/N) for a pipe to the
# command, which runs in a new process: `from' reads its standard
# output, `to' writes its standard input, a number FD joins its
# descriptor FD
spipe(c: ref Context, cmd: list of ref Listnode): list of ref Listnode
{
	args := tl cmd;
	if(len args != 2)
		usage(c, "pipe (from|to|fdnum) command");
	dir := text(hd args);
	body := hd tl args;
	fd: int;
	case dir {
	"from" =>
		fd = 1;
	"to" =>
		fd = 0;
	* =>
		if(!isnumber(dir))
			usage(c, "pipe (from|to|fdnum) command");
		fd = int dir;
	}
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0)
		c.fail("no pipe", sys->sprint("pipe: cannot make a pipe: %r"));
	# the shell's end must outlive this function: a descriptor without
	# an FD adt stays open, and keepfds passes it to the next command
	mine := sys->dup(p[0].fd, -1);
	if(mine < 0)
		c.fail("no pipe", sys->sprint("pipe: %r"));
	c.keepfds = mine :: c.keepfds;
	sync := chan of int;
	spawn pipecmd(c, body, p[1], fd, sync);
	<-sync;
	p = nil;
	return word("/fd/" + string mine) :: nil;
}

# pipecmd: the process of ${pipe}: fd is the pipe's other end
pipecmd(c: ref Context, body: ref Listnode, fd: ref Sys->FD, which: int, sync: chan of int)
{
	keep := list of {0, 1, 2};
	if(which > 2)
		keep = which :: keep;
	sys->pctl(Sys->FORKFD, nil);
	sys->dup(fd.fd, which);
	fd = nil;
	sys->pctl(Sys->NEWFD, keep);
	c = c.copy(1);
	c.setoptions(Context.INTERACTIVE, 0);
	# the shell's kept descriptors are not in this process's table
	c.keepfds = nil;
	if(which > 2)
		c.keepfds = which :: nil;
	sync <-= 0;
	# nobody waits for this process: whatever ends the command ends it
	# quietly (a process dead of an exception would linger, broken)
	{
		c.run(body :: nil, 0);
	} exception {
	"*" =>
		;
	}
}

#
# patterns
#

# match: does pattern pat match s? If marked, only the characters
# * ? [ that follow a GLOB byte (they were unquoted when typed) are
# special; else all are.
match(pat, s: string, marked: int): int
{
	if(!marked)
		pat = markall(pat);
	return matchat(pat, 0, s, 0);
}

# markall: pat with a GLOB before each of its pattern characters
markall(pat: string): string
{
	r := "";
	for(i := 0; i < len pat; i++){
		if(pat[i] == '*' || pat[i] == '?' || pat[i] == '[')
			r[len r] = Sh->GLOB;
		r[len r] = pat[i];
	}
	return r;
}

matchat(p: string, i: int, s: string, j: int): int
{
	while(i < len p){
		if(p[i] != Sh->GLOB){
			if(j >= len s || s[j] != p[i])
				return 0;
			i++;
			j++;
			continue;
		}
		i++;
		if(i >= len p)
			break;		# a stray GLOB at the end matches nothing
		case p[i] {
		'*' =>
			i++;
			for(k := len s; k >= j; k--)
				if(matchat(p, i, s, k))
					return 1;
			return 0;
		'?' =>
			if(j >= len s)
				return 0;
			i++;
			j++;
		'[' =>
			if(j >= len s)
				return 0;
			(ok, ni) := class(p, i + 1, s[j]);
			if(ni < 0){
				# no closing ]: the [ stands for itself
				if(s[j] != '[')
					return 0;
				i++;
			}else{
				if(!ok)
					return 0;
				i = ni;
			}
			j++;
		* =>
			# a GLOB before an ordinary character: that character
			if(j >= len s || s[j] != p[i])
				return 0;
			i++;
			j++;
		}
	}
	return j == len s;
}

# class: does character ch belong to the class that starts at p[i]
# (just after its [)? Returns the answer and the index after the
# closing ], or -1 if there is none. A leading ^ or ! negates;
# a-z is a range.
class(p: string, i: int, ch: int): (int, int)
{
	neg := 0;
	if(i < len p && (p[i] == '^' || p[i] == '!')){
		neg = 1;
		i++;
	}
	in := 0;
	first := 1;
	for(;;){
		i = skipglob(p, i);
		if(i >= len p)
			return (0, -1);
		if(p[i] == ']' && !first)
			break;
		first = 0;
		lo := p[i++];
		hi := lo;
		j := skipglob(p, i);
		if(j + 1 < len p && p[j] == '-'){
			k := skipglob(p, j + 1);
			if(k < len p && p[k] != ']'){
				hi = p[k];
				i = k + 1;
			}
		}
		if(lo <= ch && ch <= hi)
			in = 1;
	}
	return (in ^ neg, i + 1);
}

skipglob(p: string, i: int): int
{
	if(i < len p && p[i] == Sh->GLOB)
		i++;
	return i;
}

# unglob: s without its GLOB bytes
unglob(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] == Sh->GLOB)
			break;
	if(i == len s)
		return s;
	r := s[0:i];
	for(; i < len s; i++)
		if(s[i] != Sh->GLOB)
			r[len r] = s[i];
	return r;
}

#
# reading lines for getlines
#

Reader: adt {
	buf:	array of byte;
	rd:	int;	# next byte to decode
	wr:	int;	# end of the bytes read
	eof:	int;

	getline:	fn(r: self ref Reader, fd: ref Sys->FD, seps: string): string;
};

# getline: the next line, prefixed by one character (so that an empty
# line is not nil), without its separator; nil at the end of input
Reader.getline(r: self ref Reader, fd: ref Sys->FD, seps: string): string
{
	s := "x";
	for(;;){
		# decode the complete characters in the buffer
		while(r.rd < r.wr){
			(ch, n, nil) := sys->byte2char(r.buf[r.rd:r.wr], 0);
			if(n == 0)
				break;	# an incomplete character: read more
			r.rd += n;
			if(isin(ch, seps))
				return s;
			s[len s] = ch;
		}
		if(r.eof){
			if(r.rd < r.wr){
				# a truncated character at the end of input
				s[len s] = Sys->UTFerror;
				r.rd = r.wr;
			}
			if(len s > 1)
				return s;
			return nil;
		}
		# keep the undecoded tail, then fill the rest
		if(r.rd > 0){
			r.buf[0:] = r.buf[r.rd:r.wr];
			r.wr -= r.rd;
			r.rd = 0;
		}
		n := sys->read(fd, r.buf[r.wr:], len r.buf - r.wr);
		if(n <= 0)
			r.eof = 1;
		else
			r.wr += n;
		# a full buffer: the input comes in big pieces, take bigger ones
		if(r.wr == len r.buf && len r.buf < Sys->ATOMICIO){
			nb := array[2 * len r.buf] of byte;
			nb[0:] = r.buf[0:r.wr];
			r.buf = nb;
		}
	}
}

#
# small helpers
#

usage(c: ref Context, s: string)
{
	c.fail("usage", "usage: " + s);
}

word(s: string): ref Listnode
{
	return ref Listnode(nil, s);
}

# text: a list element as a string (a block as shell text), without
# the GLOB marks the shell leaves on unquoted pattern characters in
# the words of builtins: std treats words as text, except for ~
text(n: ref Listnode): string
{
	return unglob(rawtext(n));
}

# rawtext: the element with its GLOB marks, for ~'s patterns
rawtext(n: ref Listnode): string
{
	if(n.cmd != nil && n.word == nil)
		return sh->cmd2string(n.cmd);
	return n.word;
}

# isblock: is n a braced block, parsed or still as text (as a
# function body arrives from the environment)?
isblock(n: ref Listnode): int
{
	if(n.cmd != nil)
		return n.cmd.ntype == Sh->n_BLOCK;
	return n.word != nil && n.word[0] == '{';
}

isbuiltin(name: string): int
{
	for(i := 0; i < len builtins; i++)
		if(builtins[i] == name)
			return 1;
	return 0;
}

issbuiltin(name: string): int
{
	for(i := 0; i < len sbuiltins; i++)
		if(sbuiltins[i] == name)
			return 1;
	return 0;
}

isnumber(s: string): int
{
	if(s == nil)
		return 0;
	i := 0;
	if(s[0] == '-')
		i = 1;
	if(i == len s)
		return 0;
	for(; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

isin(ch: int, s: string): int
{
	for(i := 0; i < len s; i++)
		if(s[i] == ch)
			return 1;
	return 0;
}

# quote: a word as the shell would read it back
quote(s: string): string
{
	return sh->quoted(word(s) :: nil, 0);
}

prefix(p, s: string): int
{
	return len s >= len p && s[0:len p] == p;
}

rev[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

# sort: a small insertion sort; the lists are short
sort(a: array of string)
{
	for(i := 1; i < len a; i++){
		s := a[i];
		for(j := i; j > 0 && a[j-1] > s; j--)
			a[j] = a[j-1];
		a[j] = s;
	}
}
