it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(type(iter([])).__name__, list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), type(d).__name__)
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(4)), sum(Counter(10)))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
class GetItem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(GetItem()), 4 in GetItem())
