class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
d = {Key("Alpha"): 1}
print(d[Key("ALPHA")], Key("alpha") in d, len({Key("a"), Key("A"), Key("b")}))
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError", e)
class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
class Inherit(Key):
    pass
print(Inherit("x") == Key("X"), hash(Inherit("q")) == hash(Key("Q")))
