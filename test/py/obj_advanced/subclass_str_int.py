class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, repr(n), n.shout(), n + "by", type(n + "by").__name__, type(n.upper()).__name__, isinstance(n, str))
print(n == "bob", hash(n) == hash("bob"), {"bob": 1}[n], len(n))
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, type(e).__name__, e == 10)
try:
    Even(3)
except ValueError as err:
    print("ValueError", err)
class MyFloat(float):
    def __repr__(self):
        return f"MyFloat({float(self)})"
f = MyFloat(1.5)
print(repr(f), str(f), f * 2, [f])
class Flags(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(Flags(1, 2), len(Flags()), Flags(3) + (4,))
