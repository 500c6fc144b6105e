class Guard:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(f"{self.name} exit: {et.__name__ if et else None} {ev!r}")
        return self.suppress
with Guard("outer", suppress=True):
    with Guard("inner"):
        raise ValueError("inner error")
print("after")
class Failing:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with Failing():
        raise KeyError("body")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
