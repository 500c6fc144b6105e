vals = [1, -1.5, "s", "it's", 'say "hi"', b"b", None, True, [1, "a"], (1,), {"k": [1]}, {1}, frozenset(), set(),
        range(3), slice(1, 2), 1e100, "tab\t", "\x00", "é", [[]], ((),), {(): ()}]
for v in vals:
    print(repr(v), "|", str(v))
class R:
    def __repr__(self):
        return "R-repr"
class S(R):
    def __str__(self):
        return "S-str"
print(repr(R()), str(R()), repr(S()), str(S()), [R(), S()], f"{S()} {S()!r}")
