/*
 * Spin locks and reference counts. A proc holding a spin lock is not
 * preempted (nlocks > 0 defers it to the last unlock), so on one CPU a
 * lock is only ever found held by code it interrupted: that is a bug
 * unless the lock is an ilock, and lock loops are diagnosed.
 */
#include "all.h"

enum { Maxspin = 1000000 };

static int
tas(int *key)
{
	return __atomic_exchange_n(key, 1, __ATOMIC_ACQUIRE);
}

static void
lockloop(Lock *l, uintptr pc)
{
	panic("lock loop on %p key %d pc %p held by pc %p proc %lud",
		l, l->key, (void*)pc, (void*)l->pc, l->p != nil ? l->p->pid : 0UL);
}

void
lock(Lock *l)
{
	int i;
	uintptr pc;

	pc = getcallerpc(&l);
	if(up != nil)
		up->nlocks++;
	for(i = 0; tas(&l->key) != 0; i++){
		if(i >= Maxspin)
			lockloop(l, pc);
	}
	l->pc = pc;
	l->p = up;
	l->isilock = 0;
}

int
canlock(Lock *l)
{
	if(up != nil)
		up->nlocks++;
	if(tas(&l->key) != 0){
		if(up != nil)
			up->nlocks--;
		return 0;
	}
	l->pc = getcallerpc(&l);
	l->p = up;
	l->isilock = 0;
	return 1;
}

void
unlock(Lock *l)
{
	if(l->key == 0)
		panic("unlock of unlocked lock %p pc %p", l, (void*)getcallerpc(&l));
	if(l->isilock)
		panic("unlock of ilock %p pc %p", l, (void*)getcallerpc(&l));
	l->pc = 0;
	l->p = nil;
	__atomic_store_n(&l->key, 0, __ATOMIC_RELEASE);
	if(up != nil && --up->nlocks == 0 && up->delaysched && islo()){
		up->delaysched = 0;
		sched();
	}
}

/* A lock shared with interrupt handlers: interrupts stay off while it is held. */
void
ilock(Lock *l)
{
	int s, i;
	uintptr pc;

	pc = getcallerpc(&l);
	s = splhi();
	for(i = 0; tas(&l->key) != 0; i++){
		if(i >= Maxspin)
			lockloop(l, pc);
	}
	l->sr = s;
	l->pc = pc;
	l->p = up;
	l->isilock = 1;
}

void
iunlock(Lock *l)
{
	int s;

	if(l->key == 0)
		panic("iunlock of unlocked lock %p pc %p", l, (void*)getcallerpc(&l));
	if(!l->isilock)
		panic("iunlock of lock %p pc %p", l, (void*)getcallerpc(&l));
	s = l->sr;
	l->pc = 0;
	l->p = nil;
	l->isilock = 0;
	__atomic_store_n(&l->key, 0, __ATOMIC_RELEASE);
	splx(s);
}

long
incref(Ref *r)
{
	long x;

	ilock(&r->l);
	x = ++r->ref;
	iunlock(&r->l);
	return x;
}

long
decref(Ref *r)
{
	long x;

	ilock(&r->l);
	x = --r->ref;
	iunlock(&r->l);
	if(x < 0)
		panic("decref %p: negative count, pc %p", r, (void*)getcallerpc(&r));
	return x;
}
