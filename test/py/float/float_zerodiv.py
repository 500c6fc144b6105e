cases = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("5.0 // 0", lambda: 5.0 // 0),
    ("5.0 % 0", lambda: 5.0 % 0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
]
for text, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(text, "->", type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
print(0.0 ** 0, 0.0 ** 2, (-0.0) ** 3)
