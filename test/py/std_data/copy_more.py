import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = {"k": [2]}
s = Slotted()
s2 = copy.copy(s); s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a is s.a, s3.b == s.b, s3.b["k"] is s.b["k"])
class WithState:
    def __init__(self):
        self.x = [1]
    def __getstate__(self):
        return {"x": self.x, "extra": True}
    def __setstate__(self, st):
        self.__dict__.update(st)
w = copy.deepcopy(WithState())
print(w.x, w.extra)
class DC:
    def __init__(self):
        self.v = [1]
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return "custom"
print(copy.deepcopy({"a": DC()}))
P = namedtuple("P", "x y")
p = P([1], 2)
print(copy.copy(p), copy.deepcopy(p).x is p.x, copy.copy(p).x is p.x, type(copy.deepcopy(p)).__name__)
od = OrderedDict(a=[1]); dd = defaultdict(list, a=[2]); c = Counter("aab"); dq = deque([[1]], maxlen=5)
for o in (od, dd, c, dq):
    cp = copy.deepcopy(o)
    print(type(cp).__name__, cp, cp == o, cp is o)
print(copy.copy(dd).default_factory, copy.deepcopy(dq).maxlen)
a = [1, 2]
b = [a, a]
cb = copy.deepcopy(b)
print(cb[0] is cb[1], cb[0] is a)
t = ([1],)
ct = copy.deepcopy(t)
print(ct == t, ct is t, ct[0] is t[0])
rec = {}
rec["self"] = rec
cr = copy.deepcopy(rec)
print(cr["self"] is cr, cr is rec)
print(copy.deepcopy(len) is len, copy.copy(int) is int, copy.deepcopy(3.5))
class Sub(list):
    pass
sl = Sub([1, [2]]); sl.attr = "x"
cs = copy.deepcopy(sl)
print(type(cs).__name__, cs, cs.attr, cs[1] is sl[1])
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy((1, "a")) == (1, "a"))
print(copy.copy(set([1])), copy.copy(bytearray(b"x")))
