# sum(): int and float fast paths, overflow into big ints, mixed types, errors (CPython 3.11 semantics).
print(sum([1, 2, 3]), sum([1, 2.5, 3]), sum([0.1] * 10), sum([], 5), sum([1.5], 2), sum([2**52, 2**52, 2**52]))
print(sum([True, True, 2]), sum([1.0, True]), sum([-0.0]), sum([-0.0], -0.0), sum(range(10**5)))
print(sum([1, 2, 2**70, 3]), sum([1.0, 2**70]), sum([[1], [2]], []), sum((1 for _ in range(3)), 0.5))
class Fraction:
    def __init__(self, a, b): self.v = a / b
    def __radd__(self, o): return o + self.v
print(sum([1, Fraction(1, 3), 2.0]))
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
print(sum([1e308, 1e308, -1e308]), sum([float('inf'), 1]), sum([float('nan'), 1]))
