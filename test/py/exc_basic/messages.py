class Foo:
    pass
def f(a, b):
    pass
cases = [
    lambda: 1 + "a",
    lambda: [1][5],
    lambda: Foo().bar,
    lambda: undefined_name,
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: {}["k"],
    lambda: int("x"),
    lambda: "abc".index("z"),
    lambda: None.upper(),
    lambda: (1, 2)[3],
    lambda: "s"[9],
    lambda: Foo()(),
    lambda: [].pop(),
    lambda: {1, 2} + {3},
    lambda: "a" < 1,
    lambda: len(5),
    lambda: iter(3),
    lambda: float("abc"),
    lambda: [1, 2].remove(3),
    lambda: "x".foo(),
    lambda: abs("s"),
    lambda: 2 ** "a",
    lambda: divmod(1, 0),
    lambda: chr(-5),
    lambda: "%d" % "s",
    lambda: tuple()[0],
    lambda: Foo.missing,
    lambda: sorted([1, "2"]),
    lambda: dict(a=1)["b"],
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
