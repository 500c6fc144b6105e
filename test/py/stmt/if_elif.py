def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for v in (-5, 0, 3, 42):
    print(v, classify(v))
if []:
    print("empty list true")
else:
    print("empty list false")
if 0.0 or "" or None:
    print("bad")
elif "x":
    print("non-empty str true")
x = 3
if x > 1:
    if x > 2:
        print("nested")
