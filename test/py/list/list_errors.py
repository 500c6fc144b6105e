a = [1, 2, 3]
for fn in [lambda: a[5], lambda: a.pop(10), lambda: [].pop(), lambda: a.remove(9), lambda: a.index(9),
           lambda: a["x"], lambda: a[1.0], lambda: a + (1,), lambda: a.insert()]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
