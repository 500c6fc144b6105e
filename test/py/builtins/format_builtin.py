print(format(3.14159, ".2f"), format(42, "05d"), format("x", "^5"), format(255, "#x"), format(1e6, ",.0f"))
print(format(12), format(1.0), format("s"), format(None), format([1]))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:.1f}C"
t = Temp(21.5)
print(format(t), format(t, "f"), f"{t} / {t:f}", "{:f}".format(t))
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError", e)
print(format(True), format(False, "^7"), format(7, "c"), format(-3, "+"))
