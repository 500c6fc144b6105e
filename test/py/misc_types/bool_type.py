print(True, False, type(True).__name__, bool(), bool(0), bool(1), bool(-1))
print(bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(None), bool(0.0), bool(0j) if False else False)
print(True + 1, True * 10, True / 2, -True, ~True, True << 2, True & 1, True | 0)
print(True == 1, False == 0, True is True, isinstance(False, int), issubclass(bool, int))
print(str(True), repr(False), int(True), float(False), hash(True))
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
class Obj:
    pass
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print(bool(Obj()), bool(Falsy()), bool(Sized()), not Sized())
print(True and "x", False or "y", 1 == 1 == True)
