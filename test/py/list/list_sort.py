a = [5, 2, 8, 1, 9, 3]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "date", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
b = [3, 1, 2]
print(b.sort(), b)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
print(sorted([0.5, -1, 3, 2.5, True]), sorted("hello", reverse=True))
