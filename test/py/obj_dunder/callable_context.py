class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, twice=False):
        r = x * self.k
        return r * 2 if twice else r
m = Multiplier(3)
print(m(5), m(5, twice=True), list(map(m, [1, 2])), callable(m))
class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []
    def __enter__(self):
        self.events.append("start " + self.label)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.events.append(f"stop {self.label} exc={exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError
with Timer("t1") as t:
    t.events.append("work")
print(t.events)
with Timer("t2") as t2:
    raise KeyError("suppressed")
print(t2.events)
try:
    with Timer("t3") as t3:
        raise ValueError("not suppressed")
except ValueError:
    print(t3.events)
