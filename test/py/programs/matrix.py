def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(r) for r in zip(*m)]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(transpose(A))
print(matmul(identity(2), matmul(A, B)) == matmul(A, B))
def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
for row in matmul(B, A):
    print(" ".join(f"{v:4d}" for v in row))
