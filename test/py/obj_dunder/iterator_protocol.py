class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(50)
print(list(f), list(f), sum(f), 21 in f, max(f))
it = iter(f)
print(next(it), next(it), next(it), list(it))
a, b, *rest = Fib(10)
print(a, b, rest)
print(dict(zip(Fib(5), "abcdef")), sorted(Fib(20), reverse=True))
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
