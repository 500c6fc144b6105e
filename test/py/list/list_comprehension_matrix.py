rows, cols = 3, 4
m = [[r * cols + c for c in range(cols)] for r in range(rows)]
print(m)
print([list(col) for col in zip(*m)])
print([sum(r) for r in m], [max(c) for c in zip(*m)])
print([m[i][i] for i in range(min(rows, cols))])
flat = [v for row in m for v in row if v % 2]
print(flat)
print([[v * 2 if v % 3 == 0 else v for v in row] for row in m])
spiral = []
grid = [row[:] for row in m]
while grid:
    spiral += grid.pop(0)
    grid = [list(r) for r in zip(*grid)][::-1]
print(spiral)
