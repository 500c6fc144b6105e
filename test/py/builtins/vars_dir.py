class Small:
    kind = "small"
    def __init__(self):
        self.x = 1
        self.y = 2
    def method(self):
        pass
s = Small()
print(vars(s))
print([n for n in dir(s) if not n.startswith("__")])
print([n for n in dir(Small) if not n.startswith("__")])
print(dir(Small))
print(sorted(k for k in vars(Small) if not k.startswith("__")))
print(type(vars(Small)).__name__, "kind" in Small.__dict__)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
def scope():
    a = 1
    b = 2
    return dir(), sorted(vars().items()), sorted(locals())
print(scope())
