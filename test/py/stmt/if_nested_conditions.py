def classify(x, y):
    if x > 0:
        if y > 0:
            return "Q1"
        elif y < 0:
            return "Q4"
        else:
            return "+x axis"
    elif x < 0:
        return "Q2" if y > 0 else "Q3" if y < 0 else "-x axis"
    else:
        if y:
            return "y axis"
        return "origin"
for p in [(1, 1), (1, -1), (1, 0), (-1, 1), (-1, -1), (-1, 0), (0, 5), (0, 0)]:
    print(p, classify(*p))
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("both")
if not (x < 10 or x > 20):
    print("in range")
if x in (1, 15, 30) and isinstance(x, int):
    print("member")
