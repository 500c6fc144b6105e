try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("no cause") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        raise OSError("first")
    except OSError:
        raise TypeError("second")
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__context__)
