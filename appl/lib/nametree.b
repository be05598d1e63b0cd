implement Nametree;

# A tree of names kept by one process (module/styxservers.m):
# files are known by their qid paths, each with its Dir and its
# parent; the server changes the tree through a Tree and a Styxserver
# asks about it through the Navop channel start returns. The first
# entry created (with parent equal to its own path) is the root.

include "sys.m";
	sys: Sys;
include "styx.m";
include "styxservers.m";
	Navop: import Styxservers;

Entry: adt {
	d:	Sys->Dir;
	parent:	big;
	kids:	list of ref Entry;	# newest first; directory order is oldest first
};

Nhash: con 64;

init()
{
	sys = load Sys Sys->PATH;
}

start(): (ref Tree, chan of ref Styxservers->Navop)
{
	tc := chan of ref Treeop;
	nc := chan of ref Navop;
	spawn treeproc(tc, nc);
	return (ref Tree(tc, chan of string), nc);
}

Tree.quit(t: self ref Tree)
{
	t.c <-= nil;
}

Tree.create(t: self ref Tree, parent: big, d: Sys->Dir): string
{
	t.c <-= ref Treeop.Create(t.reply, parent, d);
	return <-t.reply;
}

Tree.wstat(t: self ref Tree, path: big, d: Sys->Dir): string
{
	t.c <-= ref Treeop.Wstat(t.reply, path, d);
	return <-t.reply;
}

Tree.remove(t: self ref Tree, path: big): string
{
	t.c <-= ref Treeop.Remove(t.reply, path);
	return <-t.reply;
}

Tree.getpath(t: self ref Tree, path: big): string
{
	t.c <-= ref Treeop.Getpath(t.reply, path);
	return <-t.reply;
}

treeproc(tc: chan of ref Treeop, nc: chan of ref Navop)
{
	tab := array[Nhash] of list of ref Entry;
	for(;;) alt {
	op := <-tc =>
		if(op == nil)
			exit;
		op.reply <-= treeop(tab, op);
	nop := <-nc =>
		navop(tab, nop);
	}
}

look(tab: array of list of ref Entry, path: big): ref Entry
{
	for(l := tab[int (path % big Nhash)]; l != nil; l = tl l)
		if((hd l).d.qid.path == path)
			return hd l;
	return nil;
}

enter(tab: array of list of ref Entry, e: ref Entry)
{
	h := int (e.d.qid.path % big Nhash);
	tab[h] = e :: tab[h];
}

drop(tab: array of list of ref Entry, e: ref Entry)
{
	h := int (e.d.qid.path % big Nhash);
	nl: list of ref Entry;
	for(l := tab[h]; l != nil; l = tl l)
		if(hd l != e)
			nl = hd l :: nl;
	tab[h] = nl;
}

treeop(tab: array of list of ref Entry, gop: ref Treeop): string
{
	pick op := gop {
	Create =>
		if(look(tab, op.d.qid.path) != nil)
			return "path already in use";
		e := ref Entry(op.d, op.q, nil);
		if(op.q != op.d.qid.path){
			p := look(tab, op.q);
			if(p == nil)
				return "parent does not exist";
			if((p.d.mode & Sys->DMDIR) == 0)
				return "parent is not a directory";
			for(l := p.kids; l != nil; l = tl l)
				if((hd l).d.name == op.d.name)
					return "file already exists";
			p.kids = e :: p.kids;
		}
		enter(tab, e);
		return nil;
	Wstat =>
		e := look(tab, op.q);
		if(e == nil)
			return "file does not exist";
		d := op.d;
		if(d.name != nil && d.name != e.d.name && e.parent != e.d.qid.path){
			p := look(tab, e.parent);
			if(p != nil)
				for(l := p.kids; l != nil; l = tl l)
					if((hd l).d.name == d.name)
						return "file already exists";
		}
		if(d.name != nil)
			e.d.name = d.name;
		if(d.uid != nil)
			e.d.uid = d.uid;
		if(d.gid != nil)
			e.d.gid = d.gid;
		if(d.muid != nil)
			e.d.muid = d.muid;
		if(d.mode != ~0)
			e.d.mode = (e.d.mode & Sys->DMDIR) | (d.mode & ~Sys->DMDIR);
		if(d.atime != ~0)
			e.d.atime = d.atime;
		if(d.mtime != ~0)
			e.d.mtime = d.mtime;
		if(d.length != ~big 0)
			e.d.length = d.length;
		if(d.qid.vers != ~0)
			e.d.qid.vers = d.qid.vers;
		return nil;
	Remove =>
		e := look(tab, op.q);
		if(e == nil)
			return "file does not exist";
		if(e.kids != nil)
			return "directory not empty";
		if(e.parent != e.d.qid.path){
			p := look(tab, e.parent);
			if(p != nil){
				nl: list of ref Entry;
				for(l := p.kids; l != nil; l = tl l)
					if(hd l != e)
						nl = hd l :: nl;
				p.kids = rev(nl);
			}
		}
		drop(tab, e);
		return nil;
	Getpath =>
		e := look(tab, op.q);
		if(e == nil)
			return nil;
		s := e.d.name;
		while(e.parent != e.d.qid.path){
			e = look(tab, e.parent);
			if(e == nil)
				break;
			if(e.parent == e.d.qid.path)
				s = "/" + s;
			else
				s = e.d.name + "/" + s;
		}
		return s;
	}
	return "bad tree operation";
}

rev(l: list of ref Entry): list of ref Entry
{
	r: list of ref Entry;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

navop(tab: array of list of ref Entry, gop: ref Navop)
{
	e := look(tab, gop.path);
	if(e == nil){
		gop.reply <-= (nil, "file does not exist");
		return;
	}
	pick op := gop {
	Stat =>
		op.reply <-= (ref e.d, nil);
	Walk =>
		# .. of a file is its directory: how styxservers finds where a file is removed from
		if(op.name == ".."){
			p := look(tab, e.parent);
			if(p == nil)
				p = e;
			op.reply <-= (ref p.d, nil);
			return;
		}
		if((e.d.mode & Sys->DMDIR) == 0){
			op.reply <-= (nil, "not a directory");
			return;
		}
		for(l := e.kids; l != nil; l = tl l)
			if((hd l).d.name == op.name){
				op.reply <-= (ref (hd l).d, nil);
				return;
			}
		op.reply <-= (nil, "file does not exist");
	Readdir =>
		if((e.d.mode & Sys->DMDIR) == 0){
			op.reply <-= (nil, "not a directory");
			return;
		}
		kids := rev(e.kids);
		for(i := 0; kids != nil && i < op.offset; i++)
			kids = tl kids;
		for(n := 0; kids != nil && n < op.count; n++){
			op.reply <-= (ref (hd kids).d, nil);
			kids = tl kids;
		}
		op.reply <-= (nil, nil);
	}
}
