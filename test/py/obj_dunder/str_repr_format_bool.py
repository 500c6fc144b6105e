class Money:
    def __init__(self, amount):
        self.amount = amount
    def __str__(self):
        return f"${self.amount:.2f}"
    def __repr__(self):
        return f"Money({self.amount!r})"
    def __format__(self, spec):
        if spec == "cents":
            return f"{round(self.amount * 100)}c"
        return format(str(self), spec)
    def __bool__(self):
        return self.amount != 0
    def __len__(self):
        return 99
m = Money(12.5)
print(str(m), repr(m), f"{m}", f"{m!r}", f"{m:cents}", f"{m:>10}|", "{:<9}|".format(m))
print(bool(m), bool(Money(0)), len(m), [m], (m,), {"k": m})
print("yes" if Money(0) else "no", not m)
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(str(OnlyRepr()), f"{OnlyRepr()}", "%s %r" % (OnlyRepr(), OnlyRepr()))
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
