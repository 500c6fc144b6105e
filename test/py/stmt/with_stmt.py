class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return False
with CM("a") as v:
    print("body", v)
with CM("x") as x, CM("y") as y:
    print("two", x, y)
with CM("n"):
    print("no as")
try:
    with CM("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
class Swallow(CM):
    def __exit__(self, et, ev, tb):
        print("swallowing", et.__name__)
        return True
with Swallow("s"):
    raise KeyError("k")
print("after swallow")
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
