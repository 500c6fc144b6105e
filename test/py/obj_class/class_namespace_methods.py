class Temperature:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    def to(self, scale):
        if scale == self.scale:
            return self
        return Fahrenheit(self.deg * 9 / 5 + 32)
    def __repr__(self):
        return f"{self.deg:.1f}{self.scale}"
class Fahrenheit(Temperature):
    scale = "F"
    def to(self, scale):
        if scale == "C":
            return Temperature((self.deg - 32) * 5 / 9)
        return super().to(scale)
t = Temperature(100)
print(t, t.to("F"), t.to("F").to("C"), t.to("F").to("F"), t.to("C") is t)
print(Fahrenheit.__mro__[1] is Temperature, Fahrenheit.to is not Temperature.to)
print(Temperature.to(Fahrenheit(212), "F"))
