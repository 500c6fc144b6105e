s = "tspy"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", "-<9", ".2", "10.2", "^3", ">2"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "^5")), repr(format("é", "^5")), repr(format("中文", ">6")))
try:
    format("x", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format("x", "+")
except ValueError as e:
    print("ValueError", e)
try:
    format("x", "=5")
except ValueError as e:
    print("ValueError", e)
print(format([1, 2]), format(None), format(True, "d"), format(True, ">6"))
try:
    format([1], "x")
except TypeError as e:
    print("TypeError", e)
