/*
 * Instructions the interpreter's loop (xec.c) does not do inline:
 * case tables, exponentiation, fixed point, and those that allocate
 * or call the heap, string, list, channel and module code. Each gets
 * its operands' addresses; R.xpc is already set, so they may raise.
 */
#include "all.h"
#include "interp.h"
#include "xec.h"

/* A case table's target: -1 is the compiler's "cannot happen" (nil). */
static Inst*
target(s32int pc, Inst *code, int ncode)
{
	if(pc == -1)
		return nil;
	if((u32int)pc >= (u32int)ncode)
		error(exBadpc);
	return code + pc;
}

/* t: n, then n (lo, hi, pc) with lo <= v < hi, sorted; then the default. */
Inst*
xcase(s32int v, s32int *t, Inst *code, int ncode)
{
	s32int *l, *e;
	int n, h;

	n = t[0];
	if(n < 0)
		n = 0;
	l = t + 1;
	while(n > 0){
		h = n/2;
		e = l + 3*h;
		if(v < e[0])
			n = h;
		else if(v >= e[1]){
			l = e + 3;
			n -= h + 1;
		}else
			return target(e[2], code, ncode);
	}
	return target(t[1 + 3*(t[0] < 0 ? 0 : t[0])], code, ncode);
}

/* t: n, pad, then n 24-byte (lo, hi, pc, pad) entries; then the default. */
Inst*
xcasel(vlong v, uchar *t, Inst *code, int ncode)
{
	uchar *l, *e;
	int n, h, n0;

	n0 = W(t);
	if(n0 < 0)
		n0 = 0;
	n = n0;
	l = t + 8;
	while(n > 0){
		h = n/2;
		e = l + 24*h;
		if(v < L(e))
			n = h;
		else if(v >= L(e + 8)){
			l = e + 24;
			n -= h + 1;
		}else
			return target(W(e + 16), code, ncode);
	}
	return target(W(t + 8 + 24*n0), code, ncode);
}

/*
 * t: n, then n (lo, hi, pc) of strings, sorted by lo; hi H means
 * exactly lo, else lo <= v <= hi. Then the default.
 */
Inst*
xcasec(Dptr v, s32int *t, Inst *code, int ncode)
{
	s32int *e;
	int n, l, r, mid, c;

	n = t[0];
	if(n < 0)
		n = 0;
	if(n <= 2){
		for(l = 0; l < n; l++){
			e = t + 1 + 3*l;
			c = stringcmp(v, e[0]);
			if(c == 0)
				return target(e[2], code, ncode);
			if(c > 0 && (Dptr)e[1] != H && stringcmp(v, e[1]) <= 0)
				return target(e[2], code, ncode);
		}
	}else{
		l = 0;
		r = n;
		while(l < r){
			mid = (l + r)/2;
			e = t + 1 + 3*mid;
			c = stringcmp(v, e[0]);
			if(c == 0)
				return target(e[2], code, ncode);
			if(c < 0)
				r = mid;
			else{
				if((Dptr)e[1] != H && stringcmp(v, e[1]) <= 0)
					return target(e[2], code, ncode);
				l = mid + 1;
			}
		}
	}
	return target(t[1 + 3*n], code, ncode);
}

/* |e|, which a negative exponent's power is taken to before its reciprocal. */
static u32int
expmag(s32int e)
{
	return e < 0 ? 0u - (u32int)e : (u32int)e;
}

/* b ** |e| by repeated squaring, modulo 2^64. */
static u64int
ipow(u64int b, s32int e)
{
	u64int r;
	u32int n;

	for(r = 1, n = expmag(e); n != 0; n >>= 1){
		if(n & 1)
			r *= b;
		b *= b;
	}
	return r;
}

/* 1 / r in integers: r itself for 1 and -1, else 0; division by zero for 0. */
static vlong
irecip(vlong r)
{
	if(r == 0)
		error(exZdiv);
	return r == 1 || r == -1 ? r : 0;
}

/*
 * d = m ** s, wrapping as the word's multiplication does (the low 32
 * bits of a 64-bit product are the 32-bit product); a negative s
 * gives 1 / m**-s in integers.
 */
void
xexpw(uchar *s, uchar *m, uchar *d)
{
	s32int e;
	vlong r;

	e = W(s);
	r = (s32int)ipow((u32int)W(m), e);
	if(e < 0)
		r = irecip(r);
	W(d) = (s32int)r;
}

void
xexpl(uchar *s, uchar *m, uchar *d)
{
	s32int e;
	vlong r;

	e = W(s);
	r = (vlong)ipow(L(m), e);
	if(e < 0)
		r = irecip(r);
	L(d) = r;
}

void
xexpf(uchar *s, uchar *m, uchar *d)
{
	s32int e;
	u32int n;
	double b, r;

	e = W(s);
	b = F(m);
	for(r = 1, n = expmag(e); n != 0; n >>= 1){
		if(n & 1)
			r *= b;
		b *= b;
	}
	if(e < 0)
		r = 1/r;
	if(!(__builtin_fabs(r) >= 2.2250738585072014e-308 && __builtin_fabs(r) <= 1.7976931348623157e308))
		fpcheck(Omulf, F(m), F(m), r);
	F(d) = r;
}

/*
 * FP traps (dis-isa.md §5): Inferno runs Dis code with the invalid
 * operation, division by zero, overflow and underflow traps enabled
 * unless $Math's FPcontrol turns them off. The arithmetic never traps
 * in hardware here: the interpreter classifies a result that is not a
 * normal finite number. The bits are $Math's.
 */

static int
isnanf64(double x)
{
	return x != x;
}

static int
isinf64(double x)
{
	return x - x != 0 && x == x;
}

static u32int
fptraps(void)
{
	return fpcontrolword();
}

void
fpinval(void)
{
	if(fptraps() & FPinval)
		error("sys: fp: invalid operation");
}

void
fpcheck(int op, double a, double b, double r)
{
	u32int ctl;
	int e;
	char *text;

	e = 0;
	if(isnanf64(r)){
		if(!isnanf64(a) && !isnanf64(b))
			e = FPinval;
	}else if(isinf64(r)){
		if(op == Odivf && b == 0 && !isinf64(a))
			e = FPzdiv;
		else if(!isinf64(a) && !isinf64(b))
			e = FPovfl;
	}else if(r != 0){
		e = FPunfl;		/* subnormal */
	}else if((op == Omulf && a != 0 && b != 0) || (op == Odivf && a != 0 && !isinf64(b)))
		e = FPunfl;		/* too small to represent at all */
	if(e == 0)
		return;
	ctl = fptraps();
	if((ctl & e) == 0)
		return;
	switch(e){
	case FPinval:
		text = "sys: fp: invalid operation";
		break;
	case FPzdiv:
		text = "sys: fp: division by zero";
		break;
	case FPovfl:
		text = "sys: fp: overflow";
		break;
	default:
		text = "sys: fp: underflow";
		break;
	}
	error(text);
}

/* Fixed point (dis-isa.md §10): "scaled by p" is a shift left by p, right by -p. */
static vlong
scale(vlong v, int p)
{
	if(p >= 0)
		return (vlong)((u64int)v << (p & 63));
	return v >> ((0u - (u32int)p) & 63);
}

static vlong
fdiv(vlong a, vlong b)
{
	if(b == 0)
		error(exZdiv);
	if(b == -1)
		return (vlong)(0ull - (u64int)a);
	return a / b;
}

/* a + b wrapping, as the 64-bit hardware does (no signed overflow) */
static vlong
add64(vlong a, vlong b)
{
	return (vlong)((u64int)a + (u64int)b);
}

/* 2^-shift - 1: the rounding bias of a right shift (0 for a left one). */
static vlong
bias(int shift)
{
	if(shift >= 0)
		return 0;
	return (vlong)(((u64int)1 << ((-shift) & 63)) - 1);
}

static s32int
f2x(double x)
{
	x = x < 0 ? x - 0.5 : x + 0.5;
	if(!(x > -2147483649.0 && x < 2147483648.0)){
		fpinval();
		return (s32int)0x80000000u;
	}
	return (s32int)x;
}

void
xfixed(int op, uchar *fp, uchar *s, uchar *m, uchar *d)
{
	vlong x, y, a, V, Wb;
	int p, v, w, shift;

	switch(op){
	case Omulx:
		W(d) = (s32int)scale((vlong)W(m) * W(s), W(fp + Ftemps + 8));
		break;
	case Odivx:
		W(d) = (s32int)fdiv(scale(W(m), W(fp + Ftemps + 8)), W(s));
		break;
	case Ocvtxx:
		W(d) = (s32int)scale(W(s), W(m));
		break;
	case Omulx0:
		x = W(m);
		y = W(s);
		if(x == 0 || y == 0){
			W(d) = 0;
			break;
		}
		W(d) = (s32int)fdiv(scale(x*y, W(fp + Ftemps + 8)), W(fp + Ftemps));
		break;
	case Odivx0:
		x = W(m);
		y = W(s);
		if(x == 0){
			W(d) = 0;
			break;
		}
		W(d) = (s32int)fdiv(scale((vlong)W(fp + Ftemps) * x, W(fp + Ftemps + 8)), y);
		break;
	case Ocvtxx0:
		x = W(s);
		if(x == 0){
			W(d) = 0;
			break;
		}
		W(d) = (s32int)fdiv(scale(x, W(m)), W(fp + Ftemps));
		break;
	case Omulx1:
		x = W(m);
		y = W(s);
		p = W(fp + Ftemps + 8);
		a = W(fp + Ftemps);
		if(x == 0 || y == 0){
			W(d) = 0;
			break;
		}
		v = p & 2;
		w = p & 1;
		shift = p >> 2;
		V = 0;
		if(v){
			V = a - 1;
			if((x >= 0 && y < 0) || (x < 0 && y >= 0))
				V = -V;
		}
		Wb = 0;
		if(w && ((!v && ((x > 0 && y < 0) || (x < 0 && y > 0))) ||
			 (v && ((x > 0 && y > 0) || (x < 0 && y < 0)))))
			Wb = bias(shift);
		W(d) = (s32int)fdiv(add64(scale(add64(x*y, Wb), shift), V), a);
		break;
	case Odivx1:
		x = W(m);
		y = W(s);
		p = W(fp + Ftemps + 8);
		a = W(fp + Ftemps);	/* b */
		if(x == 0){
			W(d) = 0;
			break;
		}
		v = p & 2;
		w = p & 1;
		shift = p >> 2;
		V = 0;
		if(v){
			V = 1;
			if((x >= 0 && y < 0) || (x < 0 && y >= 0))
				V = -1;
		}
		Wb = 0;
		if(w && x <= 0)
			Wb = bias(shift);
		W(d) = (s32int)add64(fdiv(scale(add64(a*x, Wb), shift), y), V);
		break;
	case Ocvtxx1:
		x = W(s);
		p = W(m);
		a = W(fp + Ftemps);
		if(x == 0){
			W(d) = 0;
			break;
		}
		v = p & 2;
		w = p & 1;
		shift = p >> 2;
		V = 0;
		if(v){
			V = a - 1;
			if(x < 0)
				V = -V;
		}
		Wb = 0;
		if(w && ((!v && x < 0) || (v && x > 0)))
			Wb = bias(shift);
		W(d) = (s32int)fdiv(add64(scale(add64(x, Wb), shift), V), a);
		break;
	case Ocvtfx:
		W(d) = f2x(F(s) * F(m));
		break;
	case Ocvtxf:
		F(d) = W(s) * F(m);
		break;
	default:
		panic("xfixed: op %d", op);
	}
}

/* Store a new reference v in the pointer cell d, dropping the old one. */
static void
pnew(uchar *d, Dptr v)
{
	Dptr o;

	o = P(d);
	P(d) = v;
	dropref(o);
}

void
xstring(int op, Inst *i, uchar *s, uchar *m, uchar *d)
{
	Dptr v;
	vlong n;
	int k;

	switch(op){
	case Ocvtca:
		pnew(d, string2array(P(s)));
		break;
	case Ocvtac:
		pnew(d, array2string(P(s)));
		break;
	case Ocvtwc:
		pnew(d, int2string(W(s)));
		break;
	case Ocvtlc:
		pnew(d, int2string(L(s)));
		break;
	case Ocvtfc:
		pnew(d, real2string(F(s)));
		break;
	case Ocvtcw:
		n = string2int(P(s));
		if(n > 0x7FFFFFFF)
			n = 0x7FFFFFFF;
		else if(n < -0x7FFFFFFFLL - 1)
			n = -0x7FFFFFFFLL - 1;
		W(d) = (s32int)n;
		break;
	case Ocvtcl:
		L(d) = string2int(P(s));
		break;
	case Ocvtcf:
		F(d) = string2real(P(s));
		break;
	case Oinsc:
		/* insertrune takes d's reference and gives back the one to store */
		P(d) = insertrune(P(d), W(m), W(s));
		break;
	case Oindc:
		v = P(s);
		if(v == H)
			error(exNilref);
		k = W(m);
		if(k < 0 || k >= stringlen(v))
			error(exBounds);
		W(d) = stringrune(D2P(v), k);
		break;
	case Oaddc:
		/* "s += t" (no middle operand) may grow d's object in place */
		pnew(d, addstring(P(m), P(s), (i->flags & Imidd) != 0));
		break;
	case Oslicec:
		pnew(d, slicestring(P(d), W(s), W(m)));
		break;
	default:
		panic("xstring: op %d", op);
	}
}

void
xarray(int op, Prog *p, Inst *i, uchar *s, uchar *m, uchar *d)
{
	USED(p, i);
	switch(op){
	case Oslicea:
		pnew(d, slicearray(P(d), W(s), W(m)));
		break;
	case Oslicela:
		copyarray(P(d), W(m), P(s));
		break;
	default:
		panic("xarray: op %d", op);
	}
}

/* A type index of the running module (immediate: checked by the loader). */
static Dtype*
modtype(Prog *p, s32int k)
{
	Rmod *r;

	r = p->R.M->m;
	if((u32int)k >= (u32int)r->ntype)
		error(exType);
	return r->type[k];
}

void
xnew(int op, Prog *p, Inst *i, uchar *s, uchar *m, uchar *d)
{
	Dtype *t, *elem;
	Modlink *ml;
	Dptr h;
	int nbuf, size;

	switch(op){
	case Onew:
		pnew(d, P2D(H2D(heap(modtype(p, W(s))))));
		return;
	case Onewz:
		pnew(d, P2D(H2D(heapz(modtype(p, W(s))))));
		return;
	case Omnewz:
		h = P(s);
		if(h == H)
			error(exModule);
		ml = D2P(h);
		if(ml->m->type == nil || (u32int)W(m) >= (u32int)ml->m->ntype)
			error(exType);
		pnew(d, P2D(H2D(heapz(ml->m->type[W(m)]))));
		return;
	case Onewa:
	case Onewaz:
		pnew(d, P2D(newarray(modtype(p, W(m)), W(s), op == Onewaz)));
		return;
	}

	/* channels: the middle operand, when present, is the buffer size */
	nbuf = Mmode(i) != Anone ? W(m) : 0;
	elem = nil;
	switch(op){
	case Onewcb:
		elem = &Tbyte;
		break;
	case Onewcw:
		elem = &Tword;
		break;
	case Onewcf:
		elem = &Treal;
		break;
	case Onewcp:
		elem = &Tptr;
		break;
	case Onewcl:
		elem = &Tbig;
		break;
	case Onewcm:
		size = W(s);
		if(size < 0)
			error(exNegsize);
		pnew(d, P2D(newchannel(nil, size, nbuf)));
		return;
	case Onewcmp:
		t = modtype(p, W(s));
		pnew(d, P2D(newchannel(t, t->size, nbuf)));
		return;
	default:
		panic("xnew: op %d", op);
	}
	pnew(d, P2D(newchannel(elem, elem->size, nbuf)));
}

void
xlist(int op, Prog *p, Inst *i, uchar *s, uchar *m, uchar *d)
{
	List *l;
	Dtype *t;
	Dptr v, o;
	int n;

	USED(i);
	switch(op){
	case Oconsb:
		l = newlist(&Tbyte, P(d));
		B(l->data) = B(s);
		break;
	case Oconsw:
		l = newlist(&Tword, P(d));
		W(l->data) = W(s);
		break;
	case Oconsp:
		l = newlist(&Tptr, P(d));
		v = P(s);
		ADDREF(v);
		P(l->data) = v;
		break;
	case Oconsf:
		l = newlist(&Treal, P(d));
		F(l->data) = F(s);
		break;
	case Oconsl:
		l = newlist(&Tbig, P(d));
		L(l->data) = L(s);
		break;
	case Oconsm:
		n = W(m);
		if(n < 0)
			error(exNegsize);
		t = dtype(n, nil, 0);
		if(waserror()){
			freetype(t);
			nexterror();
		}
		l = newlist(t, P(d));
		poperror();
		freetype(t);		/* the cell holds its own reference */
		memmove(l->data, s, n);
		break;
	case Oconsmp:
		t = modtype(p, W(m));
		l = newlist(t, P(d));
		addptrs(s, t);
		memmove(l->data, s, t->size);
		break;
	default:
		goto head;
	}
	/* the old list's reference in d moved into the new cell's tail */
	P(d) = P2D(l);
	return;

head:
	if(op == Olenl){
		n = 0;
		for(v = P(s); v != H; v = ((List*)D2P(v))->tail)
			n++;
		W(d) = n;
		return;
	}
	v = P(s);
	if(v == H)
		error(exNilref);
	l = D2P(v);
	switch(op){
	case Oheadb:
		B(d) = B(l->data);
		break;
	case Oheadw:
		W(d) = W(l->data);
		break;
	case Oheadp:
		v = P(l->data);
		ADDREF(v);
		pnew(d, v);
		break;
	case Oheadf:
		F(d) = F(l->data);
		break;
	case Oheadl:
		L(d) = L(l->data);
		break;
	case Oheadm:
		memmove(d, l->data, W(m));
		break;
	case Oheadmp:
		t = modtype(p, W(m));
		addptrs(l->data, t);
		dropptrs(d, t);
		memmove(d, l->data, t->size);
		break;
	case Otail:
		o = l->tail;
		ADDREF(o);
		pnew(d, o);
		break;
	default:
		panic("xlist: op %d", op);
	}
}

/*
 * load path, $k, d: a new handle linked against import list k, or H
 * with the reason in the error string (%r).
 */
void
xload(Prog *p, Inst *i, uchar *s, uchar *m, uchar *d)
{
	char err[ERRMAX], *path;
	Module *mod;
	Modlink *ml;
	Import *imp;
	s32int k;

	USED(i);
	mod = p->R.M->m->m;
	imp = nil;		/* no import section: linking fails as obsolete */
	if(mod->rt & HASLDT){
		k = W(m);
		if(k < 0 || k >= mod->nimport)
			error(exBounds);
		imp = &mod->import[k];
	}
	path = string2c(P(s));
	if(waserror()){
		free(path);
		nexterror();
	}
	err[0] = 0;
	if(strcmp(path, "$self") == 0)
		ml = mklinkself(p->R.M, imp, err, sizeof err);
	else
		ml = loadmod(path, imp, err, sizeof err);
	poperror();
	free(path);
	if(ml == nil){
		pnew(d, H);
		if(err[0] != 0)
			kwerrstr("%s", err);
		return;
	}
	pnew(d, P2D(ml));
}

/*
 * spawn f, $pc and mspawn f, $k, h: f, the newest frame on the
 * stack, becomes the first frame of a new Prog (its references move
 * with it) and leaves this stack.
 */
void
xspawn(Prog *p, Inst *i, uchar *s, uchar *m, uchar *d)
{
	REG *R;
	uchar *f, *nf;
	Frame *fr;
	Modlink *ml;
	Inst *entry;
	Dtype *t;
	Dptr h, ft;
	Prog *np;
	s32int k;
	Rlink *rl;

	R = &p->R;
	f = D2P(P(s));
	if(i->op == Ospawn){
		ml = R->M;
		k = W(d);
		if((u32int)k >= (u32int)ml->m->nprog)
			error(exBadpc);
		entry = ml->m->prog + k;
	}else{
		h = P(d);
		if(h == H)
			error(exModule);
		ml = D2P(h);
		k = W(m);
		if((u32int)k < (u32int)ml->nlinks){
			entry = ml->links[k].pc;
			if(ml->links[k].fn != nil)
				error(exSpawnbuiltin);
		}else if(k < 0 && -(k+1) < ml->m->nlink){
			rl = &ml->m->link[-(k+1)];
			entry = rl->pc;
			if(rl->fn != nil)
				error(exSpawnbuiltin);
		}else
			error(exInvalid);
		if(entry == nil)
			error(exModule);
	}
	fr = (Frame*)f;
	t = frametype(R->seg, f);

	np = newprog(p, ml);
	nf = newframe(&np->R, t);
	ft = ((Frame*)nf)->t;
	memmove(nf, f, t->size);
	((Frame*)nf)->t = ft;
	((Frame*)nf)->lr = 0;
	((Frame*)nf)->fp = 0;
	((Frame*)nf)->mr = 0;
	np->R.FP = nf;
	np->R.PC = entry;
	np->R.M = ml;
	np->R.MP = modmp(ml);

	/* the frame's references now belong to the copy */
	if(fr->t == 0)
		popseg(R);
	else
		R->SP = f;
	addrun(np);
}

/* raise v: a string, or an exception object whose word 0 is its name. */
void
xraise(Prog *p, Dptr v)
{
	char buf[ERRMAX], *c;
	Dptr name;

	if(v == H)
		error(exNilref);
	name = v;
	if(PH(v)->t != &Tstring)
		name = P(D2P(v));
	if(string2utf(name, buf, sizeof buf) < 0){
		c = string2c(name);
		strecpy(buf, buf+sizeof buf, c);
		free(c);
	}
	if(name != v){
		ADDREF(v);
		dropref(p->exobj);
		p->exobj = v;
	}
	error(buf);
}

/* tcmp s, d: s not nil and d nil or of another type is a type check failure. */
void
xtcmp(uchar *s, uchar *d)
{
	Dptr a, b;

	a = P(s);
	b = P(d);
	if(a == H)
		return;
	if(b == H || PH(a)->t != PH(b)->t)
		error(exType);
}
