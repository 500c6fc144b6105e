class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s + [4]).__name__, type(s[:1]).__name__)
class DefaultDict(dict):
    def __init__(self, default, *a, **k):
        super().__init__(*a, **k)
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]
d = DefaultDict(list, a=[1])
d["b"].append(2)
print(d, sorted(d), d.default.__name__)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict()
ld["KEY"] = 1
ld.update(OTHER=2)
print(ld)
class CountingList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
cl = CountingList("ab")
cl.append("c")
cl.extend("de")
print(cl, cl.appends, repr(cl))
