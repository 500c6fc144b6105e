d = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset({1}): "fs"}
print(d)
print(d[1], d[1.0], d[(1, 2)], d[None], d[frozenset([1])])
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"
k = {Key(1): "one"}
print(k[Key(1)], Key(2) in k, k)
print({0: "a", False: "b", 0.0: "c"})
print({-1: 0, -2: 0}, len({x % 5: x for x in range(100)}))
