def nothing():
    pass
def bare():
    return
def multi():
    return 1, 2, 3
def early(x):
    if x:
        return "early"
    print("not early")
    return "late"
print(nothing(), bare())
print(multi())
a, b, c = multi()
print(a + b + c)
print(early(1))
print(early(0))
def in_loop():
    for i in range(10):
        if i == 4:
            return i
print(in_loop())
def in_try():
    try:
        return "try"
    finally:
        print("finally runs")
print(in_try())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
