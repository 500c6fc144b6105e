print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[0]} {0[1]} {1[k]}".format(["p", "q"], {"k": "v"}), "{.real}".format(5))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{:d} {:5d} {:05d} {:+d} {:,} {:_}".format(1, 2, 3, 4, 1234567, 7654321))
print("{:.2f} {:10.3e} {:g} {:.1%} {:x} {:#b} {:o} {:c}".format(3.14159, 1234.5, 0.0001, 0.25, 255, 5, 8, 97))
print("{{}} {{{}}}".format("braces"), "{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2), "{0:{1}}".format("x", 4) + "|")
print(format("text", "<6") + "|", format(42), format(3.5, "08.3f"), format(True), format(None))
for bad in ["{", "}", "{0} {}", "{:d}"]:
    try:
        bad.format("s")
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    "{1}".format("only")
except IndexError as e:
    print("IndexError", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError", e)
print("{0:=+8d}|{0:=8}|".format(-42), "{:n}".format(1000))
print("a{}b{}c".format(*"XY"), "{x}{y}".format(**{"x": 1, "y": 2}))
