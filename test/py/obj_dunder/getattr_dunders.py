class Lazy:
    def __init__(self):
        self.real = "real attr"
    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name[9:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
l = Lazy()
print(l.real, l.computed_abc, getattr(l, "computed_x"), hasattr(l, "other"))
try:
    l.other
except AttributeError as e:
    print("AttributeError", e)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = [2]
del r.a
print(r.log, vars(r))
class Upper:
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        return value.upper() if isinstance(value, str) else value
u = Upper()
u.word = "quiet"
u.num = 5
print(u.word, u.num)
