implement Test;

# Tests of Env: setting, reading, unsetting, listing, and the
# environment groups of clone and new.

include "sys.m";
	sys: Sys;
include "draw.m";
include "env.m";
	env: Env;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	env = load Env Env->PATH;
	if(env == nil){
		sys->print("cannot load %s: %r\n", Env->PATH);
		raise "fail:load";
	}
	# start from an empty group, so that ember's own variables do not show
	sys->print("new %d\n", env->new());
	showall();
	put("a", "one");
	put("b", "two words\n");
	put("c", "é€");
	nl();
	get("a");
	get("b");
	get("c");
	get("nonexistent");
	nl();
	put("a", "1");
	get("a");
	put("a", "a much longer value");
	get("a");
	put("a", "x");
	get("a");
	nl();
	showall();
	put("b", nil);
	get("b");
	put("b", nil);
	nl();
	showall();
	put("x/y", "v");
	put("", "v");
	put("..", "v");
	get("x/y");
	nl();
	long := "";
	for(i := 0; i < 10000; i++)
		long[i] = 'a' + i % 26;
	env->setenv("long", long);
	sys->print("%d\n", env->getenv("long") == long);
	env->setenv("long", nil);

	# a copy: changes in it are not seen by the original
	sys->print("clone %d\n", env->clone());
	pid := chan of int;
	done := chan of string;
	spawn child(pid, done);
	<-pid;
	sys->print("child saw %s\n", <-done);
	sys->print("after child %s %s\n", q(env->getenv("a")), q(env->getenv("child")));
	sys->print("new %d\n", env->new());
	showall();
}

child(pid: chan of int, done: chan of string)
{
	pid <-= sys->pctl(0, nil);
	env->clone();
	s := env->getenv("a");
	env->setenv("a", "changed");
	env->setenv("child", "yes");
	done <-= s + " " + env->getenv("a") + " " + env->getenv("child");
}

put(var, val: string)
{
	sys->print("%d ", env->setenv(var, val));
}

get(var: string)
{
	sys->print("%s ", q(env->getenv(var)));
}

nl()
{
	sys->print("\n");
}

q(s: string): string
{
	if(s == nil)
		return "nil";
	t := "";
	for(i := 0; i < len s; i++)
		if(s[i] == '\n')
			t += "\\n";
		else
			t[len t] = s[i];
	return "'" + t + "'";
}

showall()
{
	l := env->getall();
	sys->print("%d:", len l);
	for(; l != nil; l = tl l){
		(n, v) := hd l;
		sys->print(" %s=%s", n, q(v));
	}
	sys->print("\n");
}
