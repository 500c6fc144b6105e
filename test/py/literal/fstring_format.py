class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p} {p:xyz} {p!r} {p!s}")
print(f"{-5:+} {5:+} {5: } {-5: }")
print(f"{1e10:g} {1e-5:g} {123.456:e} {123.456:.1e} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{1234.5678:,.2f} {1234567:_} {0xffff:_x} {12:#x} {12:#X}")
print(f"{'left':<8}| {'right':>8}| {'mid':^9}|")
print(f"{42:=+8} {-42:=8} {42:08.2f}")
print(f"{10:c}{65:c}" .strip(), f"{0.1234:.1%}")
print(f"{True} {None} {[1, 'a']} {(1,)}")
print(f"{'x'!r:>6}|{3!s:>3}|")
