def make_point(x, y):
    return (x, y)
def dist2(p, q):
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
pts = [make_point(i, i * i) for i in range(4)]
print(pts, dist2(pts[0], pts[3]))
print(sorted(pts, key=lambda p: -p[1])[0])
table = {(0, 0): "origin", (1, 0): "east"}
print(table[make_point(0, 0)], (1, 0) in table)
swap = lambda p: p[::-1]
print(list(map(swap, pts)))
