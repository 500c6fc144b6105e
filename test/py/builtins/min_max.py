print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2, 1)), max({1: 0, 5: 0}))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([], default="empty"))
print(min([], default=None), max([1, 3, 2], key=lambda x: -x), max([(1, "b"), (1, "a")]))
print(max([1, 2, 3, 3], key=lambda x: x // 3), min("bca", key=ord), max(1, 2.5), min(-0.0, 0))
print(max([3, 1, 3], key=lambda v: v), max("ab", "b", "a"), min(range(5, 10)))
for call in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, "a")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
