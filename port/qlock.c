/*
 * Sleeping locks: QLock (FIFO mutex, handed directly to the first
 * waiter) and RWlock (readers/writer from two QLocks).
 */
#include "all.h"

void
qlock(QLock *q)
{
	int s;

	if(up == nil)
		panic("qlock with no process, pc %p", (void*)getcallerpc(&q));
	if(up->nlocks)
		panic("qlock while holding a spin lock, pc %p", (void*)getcallerpc(&q));
	s = splhi();
	lock(&q->use);
	if(!q->locked){
		q->locked = 1;
		q->pc = getcallerpc(&q);
		unlock(&q->use);
		splx(s);
		return;
	}
	up->qnext = nil;
	if(q->tail != nil)
		q->tail->qnext = up;
	else
		q->head = up;
	q->tail = up;
	up->qlock = q;
	up->state = Queueing;
	up->psstate = "Qlock";
	unlock(&q->use);
	sched();	/* qunlock hands us the lock and readies us */
	up->qlock = nil;
	splx(s);
}

int
canqlock(QLock *q)
{
	lock(&q->use);
	if(q->locked){
		unlock(&q->use);
		return 0;
	}
	q->locked = 1;
	q->pc = getcallerpc(&q);
	unlock(&q->use);
	return 1;
}

void
qunlock(QLock *q)
{
	Proc *p;
	int s;

	s = splhi();
	lock(&q->use);
	if(!q->locked)
		panic("qunlock of unlocked qlock %p pc %p", q, (void*)getcallerpc(&q));
	p = q->head;
	if(p != nil){
		q->head = p->qnext;
		if(q->head == nil)
			q->tail = nil;
		q->pc = 0;
		unlock(&q->use);
		ready(p);	/* the lock stays held, now on p's behalf */
	}else{
		q->locked = 0;
		q->pc = 0;
		unlock(&q->use);
	}
	splx(s);
}

/*
 * Readers pass the gate x and join the body k (the first reader takes
 * k for all of them); a writer holds x throughout, so new readers wait
 * behind it, then takes k once the readers have drained.
 */
void
rlock(RWlock *l)
{
	qlock(&l->x);
	lock(&l->l);
	if(l->readers++ == 0){
		unlock(&l->l);
		qlock(&l->k);
	}else
		unlock(&l->l);
	qunlock(&l->x);
}

int
canrlock(RWlock *l)
{
	if(!canqlock(&l->x))
		return 0;
	lock(&l->l);
	if(l->readers == 0){
		if(!canqlock(&l->k)){
			unlock(&l->l);
			qunlock(&l->x);
			return 0;
		}
	}
	l->readers++;
	unlock(&l->l);
	qunlock(&l->x);
	return 1;
}

void
runlock(RWlock *l)
{
	lock(&l->l);
	if(l->readers <= 0)
		panic("runlock of unlocked rwlock %p", l);
	if(--l->readers == 0){
		unlock(&l->l);
		qunlock(&l->k);
	}else
		unlock(&l->l);
}

void
wlock(RWlock *l)
{
	qlock(&l->x);
	qlock(&l->k);
}

void
wunlock(RWlock *l)
{
	qunlock(&l->k);
	qunlock(&l->x);
}
