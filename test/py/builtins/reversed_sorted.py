print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2]), sorted("cab"), sorted({3: 0, 1: 0}), sorted((2, 1)), sorted([]))
print(sorted([-3, 1, -2], key=abs), sorted(["aa", "b", "ccc"], key=len, reverse=True))
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 2)]
print(sorted(data, key=lambda x: x[1]))
print(sorted(data, key=lambda x: x[1], reverse=True))
print(sorted([1.5, 1, True, 0]), sorted([[2], [1, 5], [1]]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
