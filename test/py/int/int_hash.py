print(hash(0), hash(1), hash(-1), hash(-2), hash(123456789))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(True), hash(False), hash(1) == hash(1.0), hash(2 ** 100) == hash(float(2 ** 100)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, None is None)))
print(hash(0.5), hash(1.5), hash(-0.0), hash(1e100))
print(hash(None) == hash(None))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
