a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
x = object()
print(id(x) == id(x), hash(x) == hash(x))
print(hash(1), hash(0), hash(-1), hash(True), hash(2 ** 62), hash(-(2 ** 62)))
print(hash((1, 2, 3)), hash((None,)) == hash((None,)), hash(()), hash(((),)))
print(hash(1.0), hash(1.5), hash(-2.5), hash(float("inf")), hash(float("-inf")))
print(hash(frozenset()), hash(range(3)) == hash(range(3)))
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
