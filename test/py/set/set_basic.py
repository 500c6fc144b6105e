s = {3, 1, 2, 3}
print(s, len(s), 1 in s, 5 not in s)
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(s.pop() in {1, 2}, len(s))
print(set(), set([1, 2, 2]), set("aab") == {"a", "b"}, set(range(5)))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection([1, 2, 7]), a.difference({1}), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(10)), a.isdisjoint({7}))
c = a.copy(); c.clear(); print(c, a)
