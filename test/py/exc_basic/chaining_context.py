def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad input {s!r}")
try:
    parse("x")
except RuntimeError as e:
    print(e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__, e.__context__)
    print(e.__suppress_context__)
def explicit(s):
    try:
        return int(s)
    except ValueError as e:
        raise LookupError("explicit") from e
try:
    explicit("y")
except LookupError as e:
    print(e, type(e.__cause__).__name__, e.__cause__ is e.__context__, e.__suppress_context__)
try:
    raise KeyError("a") from ValueError("b")
except KeyError as e:
    print(repr(e.__cause__), e.__context__)
