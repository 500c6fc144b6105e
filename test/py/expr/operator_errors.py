cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: "a" * "b",
    lambda: {} + {},
    lambda: -"a",
    lambda: ~1.5,
    lambda: None + 1,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [] - [],
    lambda: 1 & 1.0,
    lambda: "%d" % "x",
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
