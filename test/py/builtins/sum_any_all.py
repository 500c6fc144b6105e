print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(100)), sum([0.1, 0.2]), sum([[1], [2]], []))
print(sum([1.5, 2.5]), sum((i for i in range(5)), start=100), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("a"), all(""), any([[]]), all([[1]]))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(x) for x in [0, 3, 0, 4]), calls)
calls.clear()
print(all(check(x) for x in [1, 0, 1]), calls)
