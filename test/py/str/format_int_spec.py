n = 1234567
for spec in ["", "d", "10d", "<10d", "^10d", ">10d", "010d", "+d", " d", "-d", ",", "_", "_x", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "08b", "c", "e", ".2f", "%", "n", "*^15,", "=+12,"]:
    print(repr(spec), repr(format(n if spec != "c" else 9731, spec)))
print(format(-42, "=+8"), format(-42, "08"), format(42, "+08"), format(0, "+"), format(-0, "b"))
try:
    format(5, ".2d")
except ValueError as e:
    print("ValueError", e)
try:
    format(5, "s")
except ValueError as e:
    print("ValueError", e)
try:
    format(5, ",b")
except ValueError as e:
    print("ValueError", e)
