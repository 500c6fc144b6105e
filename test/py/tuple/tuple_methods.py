t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), len(t), min(t), max(t), sum(t))
print(sorted(t), tuple(sorted(t)), t[::2], t[-3:])
print(tuple(reversed(t)), t + (), t * 1 == t)
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
print(divmod(17, 5) == (3, 2), tuple(divmod(17, 5)))
print((1, 2, 3) > (1, 2), (1, "a") < (1, "b"), () < (0,), (0,) == (0.0,))
records = [(1, "b"), (1, "a"), (0, "c")]
print(min(records), max(records), sorted(records, key=lambda r: r[1]))
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError", e)
