x = 12345.6789
for spec in ["", "f", ".1f", ".0f", "10.2f", "<12.2f", "^12.2f", "012.2f", "+.3f", " .3f", ",.2f", "_.1f", "e", ".2e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "n", "*>14.3f", ".3"]:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-7, 1e16, 123.0, 1.5, 2.5, float("inf"), float("nan")]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".2f"), format(v, "e"), format(v, ".0e"))
print(format(-0.0, "+.1f"), format(1e300, ".3g"), format(0.0001, ".2g"), format(0.00001, ".2g"))
print(format(1.0, "#.0f"), format(1.0, "#g"), format(99.99, ".1f"))
