from collections import deque, namedtuple, OrderedDict, Counter, defaultdict, ChainMap
import collections.abc as cabc
d = deque([1, 2, 3], maxlen=3)
print(d, repr(deque()), deque(maxlen=0), d.maxlen, deque().maxlen)
d.appendleft(0); print(d)
d.extendleft([9, 8]); print(d)
d.insert(1, 5) if len(d) < 3 else print("full")
try:
    d.insert(0, 1)
except IndexError as e:
    print("IndexError", e)
e = deque("abcde")
e.rotate(7); print(e)
e.rotate(-8); print(e)
print(e[2], e[-1], "c" in e, e.index("c"), len(e), list(reversed(e)), e.copy(), e * 2, e + deque("z"))
del e[0]; e[0] = "Q"; print(e)
for bad in [lambda: e.remove("zz"), lambda: e.index("zz"), lambda: e[10], lambda: deque().popleft()]:
    try:
        bad()
    except (ValueError, IndexError) as ex:
        print(type(ex).__name__, ex)
print(deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([[1]]))
r = deque([1]); r.append(r); print(r)
P = namedtuple("P", "a, b c", defaults=(2, 3))
print(P(1), P(1, 5), P.__doc__, P._fields, P._field_defaults, P(1)._asdict())
print(P.a.__doc__, P._make((7, 8, 9)), P(1, 2, 3)._replace(c=0), P(1) == (1, 2, 3), hash(P(1)) == hash((1, 2, 3)))
R = namedtuple("R", ["x", "def", "x", "_y"], rename=True)
print(R._fields)
for bad in [("A", "x x"), ("A", "_x"), ("A", "class"), ("1A", "x"), ("A", "x y")]:
    try:
        T = namedtuple(*bad)
        T(1, 2, 3)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    P(1)._replace(zz=1)
except ValueError as ex:
    print("ValueError", ex)
print(P.__name__, P.__qualname__, type(P(1)).__mro__[1], P.__new__.__doc__)
od = OrderedDict.fromkeys("abc")
print(od, OrderedDict(), od == OrderedDict.fromkeys("cba"), od == dict.fromkeys("cba"), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as ex:
    print("KeyError", ex)
c = Counter(a=3, b=1, c=-2)
print(+c, -c, c.most_common(), list(c.elements()), Counter("aab") == Counter("aba"), Counter())
c2 = Counter(a=1); c2 += Counter(a=2, b=-1); print(c2)
c3 = Counter("xyz"); c3.update(x=4); c3.subtract("y"); print(c3, c3["missing"])
dd = defaultdict(list, a=[1])
print(dd, defaultdict(), dd.copy(), defaultdict(None)["x"] if False else "nofactory")
try:
    defaultdict(None)["x"]
except KeyError as ex:
    print("KeyError", ex)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, list(cm.items()), cm.get("zz", 0), "b" in cm, cm.new_child(), cm.parents)
try:
    del cm["b"]
except KeyError as ex:
    print("KeyError", ex)
print(isinstance(d, cabc.MutableSequence), isinstance(od, cabc.MutableMapping), isinstance(c.keys(), cabc.Set), issubclass(list, cabc.Reversible))
print(isinstance(iter([]), cabc.Iterator), isinstance([], cabc.Iterator), isinstance(len, cabc.Callable), isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable))
class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
m = MyMap({"x": 1, "y": 2})
print(m.get("x"), m.get("q", 9), "y" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"x": 1, "y": 2})
class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        return "abc"[i]
    def __len__(self):
        return 3
s = MySeq()
print(list(s), "b" in s, s.index("c"), s.count("a"), list(reversed(s)))
try:
    cabc.Mapping()
except TypeError as ex:
    print("TypeError", ex)
