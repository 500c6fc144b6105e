a = [x for x in range(10)]
b = {x for x in y if x if x > 1}
c = {k: v for k, v in items.items()}
d = (x for x in y)
e = [(x, y) for x in range(3) for y in range(x) if x != y]
f = [y for x in data for y in [x * 2]]
g = [[z for z in row] for row in grid]
def func(n):
    return [i * n for i in range(n)]
def walrus(data):
    if any((hit := x) > 5 for x in data):
        return hit
    return [last := v for v in data], last
total = [w := 1 for _ in range(2)]
class K:
    xs = [1, 2]
    ys = [x for x in xs]
lam = [lambda: i for i in range(3)]
gen2 = None
