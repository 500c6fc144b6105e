class C:
    def method(self, a):
        pass
    @property
    def prop(self):
        return self.missing
cases = [
    lambda: C().method(),
    lambda: C().method(1, 2),
    lambda: C.method(),
    lambda: C().prop,
    lambda: int.nope,
    lambda: (1).x,
    lambda: "abc" + None,
    lambda: [] + None,
    lambda: 3 * [1] * "a",
    lambda: {}.get(),
    lambda: "x".join([1]),
    lambda: list(1),
    lambda: set([[]]),
    lambda: int("5", base=1),
    lambda: 1 .__add__("a") + 1,
    lambda: [].index(0),
    lambda: (1, 2).count(),
    lambda: "é".encode("ascii"),
    lambda: b"\xff".decode("utf-8"),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
