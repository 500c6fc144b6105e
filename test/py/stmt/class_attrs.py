class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    def __repr__(self):
        return f"Counter(#{self.id})"
    def __str__(self):
        return f"counter {self.id}"
a, b = Counter(), Counter()
print(Counter.instances, a.id, b.id)
print(repr(a), str(b))
print([a, b])
print(a)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items)
class WithClassBody:
    x = 10
    y = x * 2
    names = [n for n in ("a", "b")]
print(WithClassBody.y, WithClassBody.names)
