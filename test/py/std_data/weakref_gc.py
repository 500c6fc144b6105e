# weakref and gc: references go dead and callbacks run once the referent is collected (checked
# only after gc.collect(), where CPython and a tracing collector agree), ref(o) is ref(o), hash
# and equality of live and dead refs, finalize, WeakMethod, proxy, the weak containers, callback
# order and chained finalizers, exceptions in callbacks, gc.callbacks, what is weakrefable.
# Objects are made and dropped inside functions, so no interpreter temporary outlives them.
import gc
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def m(self):
        return self.n

    def __repr__(self):
        return 'A(%d)' % self.n


log = []


def make_refs():
    a = A(1)
    r = weakref.ref(a)
    r2 = weakref.ref(a, lambda w: log.append(('cb', w is r2)))
    print(r() is a, weakref.ref(a) is r, r2 is not r, r2 == r, weakref.getweakrefcount(a), hash(r) == hash(a))
    print(repr(r).startswith('<weakref at 0x'), repr(r).endswith("; to 'A' at %#x>" % id(a)), r2.__callback__ is not None)
    return r, r2


r, r2 = make_refs()
gc.collect()
print(r(), r2(), log, r == r2, r == r, r != r2, repr(r).endswith('; dead>'), r2.__callback__)
try:
    hash(r2)
except TypeError as e:
    print('TypeError:', e)


def make_fin():
    b = A(2)
    f = weakref.finalize(b, log.append, 'finalized b')
    print(f.alive, f.peek()[1].__self__ is log, f.peek()[2:], f.atexit)
    return f


f = make_fin()
gc.collect()
print(log[-1], f.alive, f(), f.detach(), f.peek())

keep_alive = A(5)
f2 = weakref.finalize(keep_alive, log.append, 'never')
print(f2.detach()[0] is keep_alive, f2.alive, f2())
f3 = weakref.finalize(keep_alive, lambda x, y=0: x + y, 40, y=2)
print(f3(), f3.alive, f3())


def wm():
    c = A(7)
    w = weakref.WeakMethod(c.m)
    print(w()(), w() == c.m, w == weakref.WeakMethod(c.m))
    return w


w = wm()
gc.collect()
print(w())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError:', e)


def px():
    e = A(9)
    p = weakref.proxy(e, lambda p: log.append('proxy callback'))
    print(p.n, p.m(), repr(p).startswith('<weakproxy at 0x'), type(p).__name__, weakref.getweakrefcount(e))
    p.n = 10
    print(e.n, isinstance(p, weakref.ProxyTypes), type(weakref.proxy(A)).__name__)
    return p


p = px()
gc.collect()
try:
    p.n
except ReferenceError as ex:
    print('ReferenceError:', ex)
print(log[-1])


# the callbacks of one object run newest first
def order():
    o = A(3)
    return [weakref.ref(o, lambda w, i=i: log.append(i)) for i in range(3)]


refs = order()
gc.collect()
print(log[-3:])


# a callback whose weakref died first is not called
def dead_ref():
    o = A(4)
    weakref.ref(o, lambda w: log.append('not called'))
    return o


survivor = dead_ref()
gc.collect()
del survivor
gc.collect()
print(log[-1])


# a finalizer whose arguments hold the last reference to another finalized object
def chain():
    x, y = A(10), A(11)
    weakref.finalize(y, log.append, 'y gone')
    weakref.finalize(x, log.append, y)


chain()
gc.collect()
print(log[-2:])


# an exception in a callback is reported on stderr and collection goes on
def bad():
    z = A(12)
    return weakref.ref(z, lambda w: 1 / 0), weakref.ref(z, lambda w: log.append('after the bad one'))


bad_refs = bad()
gc.collect()
print(log[-1])

# weak containers
objs = [A(i) for i in range(6)]
d = weakref.WeakValueDictionary((o.n, o) for o in objs)
k = weakref.WeakKeyDictionary({o: o.n * 10 for o in objs})
s = weakref.WeakSet(objs)
print(len(d), len(k), len(s), d[3], k[objs[3]], objs[3] in s, 7 in d, A(7) in s, A(7) in k)
del objs[1:3]
gc.collect()
print(len(d), sorted(d), len(k), sorted(k.values()), len(s), sorted(o.n for o in s), d.get(1), 2 in d)
for key in d:           # removals wait until the iteration ends
    objs.clear()
    gc.collect()
print(len(d), len(k), len(s), list(d.items()), list(k.keys()), list(s))
print(repr(d).startswith('<WeakValueDictionary at 0x'), repr(k).startswith('<WeakKeyDictionary at 0x'), repr(s))
live = A(20)
d['x'] = live
print(d.pop('x') is live, d.setdefault('y', live) is live, list(d.valuerefs())[0]() is live, d.popitem()[0])
k[live] = 1
print(k.pop(live), len(k), k.get(live, 'missing'), list(k.keyrefs()))

# gc module
cbs = []
gc.callbacks.append(lambda phase, info: cbs.append((phase, sorted(info))))
gc.collect()
gc.callbacks.clear()
print(cbs, gc.garbage, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.collect()).__name__, gc.collect(2) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError:', e)

# what can be weakly referenced
class S:
    __slots__ = ('a',)


class SW:
    __slots__ = ('a', '__weakref__')


for o in (S(), SW(), len, print, {1}, frozenset(), lambda: 0, (x for x in ()), weakref, A, r, w,
          [], 'x', b'x', 1.5, 2, None, (), {}, object()):
    try:
        weakref.ref(o)
        print(type(o).__name__, 'yes')
    except TypeError as e:
        print(type(o).__name__, 'TypeError:', e)
print(weakref.ref[int], type(r), weakref.ReferenceType is weakref.ref, weakref.ref(len)().__name__)
