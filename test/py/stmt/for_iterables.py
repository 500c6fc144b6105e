for ch in "abc":
    print(ch, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end="; ")
print()
for item in (1, "two", 3.0):
    print(repr(item), end=" ")
print()
for n in {3, 1, 2}:
    print(n, end=" ")
print()
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
for _ in range(2):
    print("underscore loop")
total = 0
for total in range(5):
    pass
print("loop var after loop:", total)
for b in b"AB":
    print(b)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
