x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
n = 3
gen = (i for i in range(n))
n = 100
print(list(gen))
def make():
    base = 1
    return (base + i for i in range(3))
print(list(make()))
class K:
    vals = [1, 2]
    doubled = list(v * 2 for v in vals)
print(K.doubled)
print(sum(i * j for i in range(3) for j in range(3)), list(zip(*((i, i * i) for i in range(3)))))
