def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
def sign(x):
    return (x > 0) - (x < 0)
print(sign(-5), sign(0), sign(3))
vals = [0, 1, "", "x", None, [], [0]]
print([v or "falsy" for v in vals])
print([v and "truthy" for v in vals])
x = 5
print("between" if 1 < x < 10 else "outside", "odd" if x & 1 else "even")
print(x if x > 10 else x * 2 if x > 3 else x * 3)
