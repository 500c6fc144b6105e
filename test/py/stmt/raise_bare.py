def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, re-raising")
        raise
try:
    f()
except ValueError as e:
    print("caught again:", e)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except KeyError as e:
    print("outer got", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
