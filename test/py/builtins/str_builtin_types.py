print(str(1), str(-1.25), str(True), str(None), str([1, "x"]), str((1,)), str({"k": 1}), str({2}))
print(str(b"b"), str(bytearray(b"ba")), str(range(2)), str(1e22), str(10 ** 20), str(0.1))
print(repr("x"), repr(1.0), repr([1.0, "y"]), repr(("a",)), repr({"a": None}))
print(str("already"), str(), str(object).startswith("<class"), str(int), str(str), str(type))
print(str(b"\xff", "latin-1"), str(b"abc", encoding="ascii"), str(b"a\xffb", "utf-8", "replace"))
class Both:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
print(str(Both()), repr(Both()), [Both()], (Both(),), {Both(): 1} if False else {1: Both()})
