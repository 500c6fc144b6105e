if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
while (item := data.pop()) != 2:
    print("popped", item)
print(data, item)
print([y for x in range(5) if (y := x * x) > 5])
print(y)
vals = [(z := i) for i in range(3)]
print(vals, z)
def f():
    [(w := k) for k in "ab"]
    return w
print(f())
print((a := 1, b := 2), a + b)
print(any((hit := v) > 3 for v in [1, 5, 2]), hit)
