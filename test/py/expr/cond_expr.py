for n in range(4):
    print(n, "even" if n % 2 == 0 else "odd")
x = None
print("none" if x is None else "some")
print(1 if True else 1 / 0, 1 / 1 if False else "lazy")
sign = lambda v: "neg" if v < 0 else "zero" if v == 0 else "pos"
print(sign(-2), sign(0), sign(9))
print([("big" if i > 2 else "small") for i in range(5)])
a = 1 if 0 else 2 if 0 else 3
print(a)
print((10 if a > 2 else 20) + 1)
