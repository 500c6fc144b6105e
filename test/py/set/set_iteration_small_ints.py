s = {5, 3, 1, 4, 2}
print(s, list(s), sorted(s, reverse=True), len(s))
print({x for x in s if x % 2}, {x * 2 for x in range(4)}, set(range(7)))
total = 0
for x in s:
    total += x
print(total, min(s), max(s), sum(s), 3 in s, 6 in s)
s2 = set()
for v in [3, 1, 3, 2, 1]:
    s2.add(v)
print(s2, s2 == {1, 2, 3}, s2 < {0, 1, 2, 3})
print({-1, -2, 0} == {0, -1, -2}, sorted({-3, 2, -1}), {True, False}, {0, 1, 2} - {1})
