/*
 * Dis exceptions: the texts the machine raises, and unwinding a
 * Prog's stack to the handler that catches an exception
 * (dis-isa.md §9). The raise instruction itself is in xecops.c.
 */
#include "all.h"
#include "interp.h"
#include "xec.h"

char exNomem[] = "out of memory: heap";
char exNilref[] = "dereference of nil";
char exBounds[] = "array bounds error";
char exNegsize[] = "negative array size";
char exModule[] = "module not loaded";
char exZdiv[] = "zero divide";
char exType[] = "type check";
char exHungup[] = "channel hangup";
char exAltHungup[] = "alt channel hungup";
char exSpawnbuiltin[] = "spawn a builtin module";
char exInvalid[] = "invalid mframe";
char exIllegal[] = "illegal dis instruction";
char exCasedef[] = "internal error: no case matched";
char exBadpc[] = "branch to an invalid pc";

/* Exact match, or a pattern ending in '*' matching a prefix. */
static int
ematch(char *pat, char *s)
{
	int n;

	n = strlen(pat);
	if(n > 0 && pat[n-1] == '*')
		return strncmp(pat, s, n-1) == 0;
	return strcmp(pat, s) == 0;
}

/*
 * The handler of module m covering pc for an exception of text s
 * (typed: str 0): its target pc, and the handler through *hp; -1 if
 * none. Handlers are in table order, inner blocks first.
 */
static s32int
findhandler(Module *m, s32int pc, char *s, int str, Handler **hp)
{
	Handler *h;
	int i, j;

	for(i = 0; i < m->nhandler; i++){
		h = &m->handler[i];
		if(pc < h->pc1 || pc >= h->pc2)
			continue;
		for(j = 0; j < h->nlab; j++){
			if((str && j < h->ne) || (!str && j >= h->ne))
				continue;
			if(ematch(h->lab[j].name, s)){
				*hp = h;
				return h->lab[j].pc;
			}
		}
		if(h->wildpc != -1){
			*hp = h;
			return h->wildpc;
		}
	}
	return -1;
}

/*
 * Unwind p to the handler catching text (a typed exception if
 * p->exobj is not H, whose reference unwind consumes). Returns 1 with
 * p->R at the handler, 0 if nothing catches it (the stack is left as
 * it was, for the debugger). p->exstr records "pc module text".
 */
int
unwind(Prog *p, char *text)
{
	REG *R;
	uchar *fp;
	Modlink *ml;
	Module *m;
	Handler *h;
	Inst *pc;
	s32int target;
	int str;
	Dptr exobj, v, *slot;
	Frame *fr;

	R = &p->R;
	exobj = p->exobj;
	if(exobj == 0)
		exobj = H;	/* a Prog made with zeroed memory */
	p->exobj = H;
	str = exobj == H;

	if(R->M != nil && R->M->m != nil && R->M->m->prog != nil && R->xpc != nil)
		snprint(p->exstr, sizeof p->exstr, "%d %s %s",
			(int)(R->xpc - R->M->m->prog), R->M->m->name, text);
	else
		snprint(p->exstr, sizeof p->exstr, "0 %s %s",
			R->M != nil && R->M->m != nil ? R->M->m->name : "?", text);

	if(text[0] == '\0' || R->FP == nil || R->xpc == nil){
		dropref(exobj);
		return 0;
	}

	fp = R->FP;
	ml = R->M;
	pc = R->xpc;
	h = nil;
	target = -1;
	while(fp != nil){
		m = ml->m->m;
		if(m != nil && ml->m->prog != nil){
			target = findhandler(m, pc - ml->m->prog, text, str, &h);
			if(target >= 0)
				break;
			if(!str && fp != R->FP){
				/* a typed exception reaching a caller is seen as its name */
				dropref(exobj);
				exobj = H;
				str = 1;
				continue;
			}
		}
		fr = (Frame*)fp;
		if(fr->mr != 0)
			ml = D2P(fr->mr);
		pc = (Inst*)D2P(fr->lr) - 1;
		fp = fr->fp == 0 ? nil : D2P(fr->fp);
	}
	if(fp == nil){
		dropref(exobj);
		return 0;
	}

	/*
	 * Found in frame fp of module ml: pop the frames above it as ret
	 * would (releasing their pointers, then the module references
	 * their mcalls took), and any frames allocated but not called.
	 */
	while(R->FP != fp)
		popframe(R);
	cutstack(R, fp);
	R->M = ml;
	R->MP = modmp(ml);

	if(h->type >= 0 && h->type < ml->m->ntype){
		Dtype *t = ml->m->type[h->type];
		int i, b, k;
		u32int *w;

		for(i = 0; i < t->np; i++){
			b = t->map[i];
			w = (u32int*)(fp + 32*i);
			while(b != 0){
				k = __builtin_clz((unsigned)b) - 24;
				v = w[k];
				w[k] = H;
				dropref(v);
				b &= ~(0x80 >> k);
			}
		}
	}
	slot = (Dptr*)(fp + h->eoff);
	v = *slot;
	if(str){
		*slot = H;
		dropref(v);
		*slot = c2string(text, strlen(text));
	}else{
		*slot = exobj;		/* the reference raise took moves here */
		dropref(v);
	}
	R->PC = ml->m->prog + target;
	return 1;
}

void
handleexception(Prog *p, char *text)
{
	char buf[ERRMAX];

	/* text may be up->env->errstr, which what follows can overwrite */
	strecpy(buf, buf+sizeof buf, text);
	if(unwind(p, buf))
		return;
	progexit(p, buf);
}
