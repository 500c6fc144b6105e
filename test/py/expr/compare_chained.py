x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1 == 1, 1 == 1 == 2, 3 > 2 > 1 > 0)
print(1 < 2 != 3, 1 != 2 != 1)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(2))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print("a" < "b" in "abc", 2 in [1, 2] in [[1, 2]])
a = [1]
print(a is a is not None)
