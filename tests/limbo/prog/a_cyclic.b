implement Acyclic;

# cyclic types: a singly linked list (built, reversed in place, an
# element unlinked, made circular) and a binary search tree, through
# fields declared cyclic ref

include "sys.m";
	sys: Sys;
include "draw.m";

Acyclic: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Node: adt {
	val:	int;
	next:	cyclic ref Node;
};

Tree: adt {
	key:	int;
	left, right:	cyclic ref Tree;
};

show(n: ref Node): string
{
	s := "";
	for(; n != nil; n = n.next)
		s += " " + string n.val;
	return "[" + s + " ]";
}

reverse(n: ref Node): ref Node
{
	prev: ref Node;
	while(n != nil){
		next := n.next;
		n.next = prev;
		prev = n;
		n = next;
	}
	return prev;
}

insert(t: ref Tree, k: int): ref Tree
{
	if(t == nil)
		return ref Tree(k, nil, nil);
	if(k < t.key)
		t.left = insert(t.left, k);
	else
		t.right = insert(t.right, k);
	return t;
}

inorder(t: ref Tree): string
{
	if(t == nil)
		return "";
	return inorder(t.left) + " " + string t.key + inorder(t.right);
}

height(t: ref Tree): int
{
	if(t == nil)
		return 0;
	l := height(t.left);
	r := height(t.right);
	if(l > r)
		return l + 1;
	return r + 1;
}

find(t: ref Tree, k: int): int
{
	depth := 1;
	while(t != nil){
		if(k == t.key)
			return depth;
		if(k < t.key)
			t = t.left;
		else
			t = t.right;
		depth++;
	}
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	head: ref Node;
	for(i := 1; i <= 5; i++)
		head = ref Node(i * 10, head);
	sys->print("%s\n", show(head));
	head = reverse(head);
	sys->print("%s\n", show(head));

	# unlink 30
	for(p := head; p.next != nil; p = p.next)
		if(p.next.val == 30){
			p.next = p.next.next;
			break;
		}
	sys->print("%s\n", show(head));

	# a circle of three: walking it never ends by itself
	a := ref Node(1, nil);
	b := ref Node(2, a);
	c := ref Node(3, b);
	a.next = c;
	s := "";
	n := a;
	for(i = 0; i < 7; i++){
		s += string n.val;
		n = n.next;
	}
	sys->print("%s %d\n", s, a.next.next.next == a);

	t: ref Tree;
	keys := array[] of {50, 30, 70, 20, 40, 60, 80, 35};
	for(i = 0; i < len keys; i++)
		t = insert(t, keys[i]);
	sys->print("%s\n", inorder(t));
	sys->print("height %d\n", height(t));
	sys->print("%d %d %d\n", find(t, 35), find(t, 80), find(t, 55));
	sys->print("%d %d\n", t.left.right.left.key, t.right.left.left == nil);
}
