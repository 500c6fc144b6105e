f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset("aa"), frozenset({1: 2}))
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 5})
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})}, frozenset({1, 2}) == {1, 2})
print(hash(frozenset()) == hash(frozenset()), hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)
print(f.issuperset({1}), f.copy() == f, sorted(f.union([0])))
