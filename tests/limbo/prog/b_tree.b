# Recursive member functions over a binary search tree of cyclic refs:
# insertion through a function that takes a possibly nil tree, self
# methods for size, height, sum, search, in-order and pre-order walks
# building lists, and an in-place mirror; nil children handled by the
# callers.
implement BTree;

include "sys.m";
	sys: Sys;
include "draw.m";

BTree: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Tree: adt {
	key:	int;
	left:	cyclic ref Tree;
	right:	cyclic ref Tree;

	insert:	fn(t: ref Tree, k: int): ref Tree;
	size:	fn(t: self ref Tree): int;
	height:	fn(t: self ref Tree): int;
	sum:	fn(t: self ref Tree): int;
	has:	fn(t: self ref Tree, k: int): int;
	inorder:	fn(t: self ref Tree, acc: list of int): list of int;
	preorder:	fn(t: self ref Tree): list of int;
	mirror:	fn(t: self ref Tree);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	root: ref Tree;
	keys := array[] of {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 40};
	for(i := 0; i < len keys; i++)
		root = Tree.insert(root, keys[i]);
	sys->print("size %d height %d sum %d\n", root.size(), root.height(), root.sum());
	sys->print("has 45 %d has 55 %d\n", root.has(45), root.has(55));
	sys->print("inorder%s\n", str(root.inorder(nil)));
	sys->print("preorder%s\n", str(root.preorder()));
	root.mirror();
	sys->print("mirrored%s\n", str(root.inorder(nil)));
	sys->print("root %d left %d right %d\n", root.key, root.left.key, root.right.key);
}

str(l: list of int): string
{
	s := "";
	for(; l != nil; l = tl l)
		s += " " + string hd l;
	return s;
}

Tree.insert(t: ref Tree, k: int): ref Tree
{
	if(t == nil)
		return ref Tree(k, nil, nil);
	if(k < t.key)
		t.left = Tree.insert(t.left, k);
	else if(k > t.key)
		t.right = Tree.insert(t.right, k);
	return t;
}

Tree.size(t: self ref Tree): int
{
	n := 1;
	if(t.left != nil)
		n += t.left.size();
	if(t.right != nil)
		n += t.right.size();
	return n;
}

Tree.height(t: self ref Tree): int
{
	l := 0;
	r := 0;
	if(t.left != nil)
		l = t.left.height();
	if(t.right != nil)
		r = t.right.height();
	if(l > r)
		return l + 1;
	return r + 1;
}

Tree.sum(t: self ref Tree): int
{
	s := t.key;
	if(t.left != nil)
		s += t.left.sum();
	if(t.right != nil)
		s += t.right.sum();
	return s;
}

Tree.has(t: self ref Tree, k: int): int
{
	if(k == t.key)
		return 1;
	if(k < t.key)
		return t.left != nil && t.left.has(k);
	return t.right != nil && t.right.has(k);
}

# the keys in order, in front of acc
Tree.inorder(t: self ref Tree, acc: list of int): list of int
{
	if(t.right != nil)
		acc = t.right.inorder(acc);
	acc = t.key :: acc;
	if(t.left != nil)
		acc = t.left.inorder(acc);
	return acc;
}

Tree.preorder(t: self ref Tree): list of int
{
	l, r: list of int;
	if(t.left != nil)
		l = t.left.preorder();
	if(t.right != nil)
		r = t.right.preorder();
	for(rl := rev(l); rl != nil; rl = tl rl)
		r = hd rl :: r;
	return t.key :: r;
}

Tree.mirror(t: self ref Tree)
{
	(t.left, t.right) = (t.right, t.left);
	if(t.left != nil)
		t.left.mirror();
	if(t.right != nil)
		t.right.mirror();
}

rev(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}
