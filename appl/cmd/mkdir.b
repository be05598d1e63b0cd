implement Mkdir;

# mkdir [-p] dirname ...: make directories; -p also makes missing
# parents and accepts directories that exist.

include "sys.m";
	sys: Sys;
include "draw.m";

Mkdir: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	if(argv != nil)
		argv = tl argv;
	pflag := 0;
	# hand-parsed, as on Inferno: -p counts only as the first word
	if(argv != nil && hd argv == "-p"){
		pflag = 1;
		argv = tl argv;
	}
	errors := 0;
	for(; argv != nil; argv = tl argv){
		if(pflag)
			errors += mkdirp(hd argv);
		else
			errors += mkdir(hd argv);
	}
	if(errors)
		raise "fail:error";
}

# make dir, which must not exist; 1 on failure
mkdir(dir: string): int
{
	(ok, nil) := sys->stat(dir);
	if(ok >= 0){
		sys->fprint(stderr, "mkdir: %s already exists\n", dir);
		return 1;
	}
	return create(dir);
}

create(dir: string): int
{
	fd := sys->create(dir, Sys->OREAD, Sys->DMDIR|8r777);
	if(fd == nil){
		sys->fprint(stderr, "mkdir: can't create %s: %r\n", dir);
		return 1;
	}
	return 0;
}

# make dir and each missing directory above it; 1 on failure
mkdirp(dir: string): int
{
	# each prefix ending before a / (a leading / is not a prefix), then dir
	for(i := 1; i <= len dir; i++){
		if(i < len dir && dir[i] != '/')
			continue;
		if(i < len dir && dir[i-1] == '/')
			continue;	# //: the prefix was seen already
		prefix := dir[0:i];
		(ok, d) := sys->stat(prefix);
		if(ok >= 0){
			if((d.mode & Sys->DMDIR) == 0){
				# Inferno names a relative prefix from ./
				if(prefix[0] != '/' && prefix[0] != '#')
					prefix = "./" + prefix;
				sys->fprint(stderr, "mkdir: can't create %s: %s not a directory\n", dir, prefix);
				return 1;
			}
			continue;
		}
		if(create(prefix))
			return 1;
	}
	return 0;
}
