class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
for v in [0, 1, -1, 0.0, 0.1, "", " ", [], [[]], (), {}, set(), None, Empty(), Truthy(), range(0), range(1), b"", b"\x00"]:
    if v:
        print(type(v).__name__, "truthy")
    else:
        print(type(v).__name__, "falsy")
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError", e)
