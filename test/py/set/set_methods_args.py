a = {1, 2, 3}
print(a.union(), a.union([4], (5,), range(6, 7)), a.intersection(), a.intersection({2, 3}, [3]))
print(a.difference([1], {2}), a.symmetric_difference([3, 4]), a.issubset([1, 2, 3, 4]), a.issuperset([1]))
try:
    a | [4]
except TypeError as e:
    print("TypeError", e)
try:
    a.add([1])
except TypeError as e:
    print("TypeError", e)
b = set(a)
b.update()
print(b == a, b is a, a.copy() == a, set(a) is not a)
print(len(set("hello")), set() == frozenset(), bool(set()), bool({0}))
