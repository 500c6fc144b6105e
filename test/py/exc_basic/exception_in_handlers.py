def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise TypeError("one")
    if n == 2:
        raise KeyError("two")
    return n
for n in range(4):
    try:
        result = risky(n)
    except (ValueError, TypeError) as e:
        print(n, "value/type:", e)
    except LookupError as e:
        print(n, "lookup:", e)
    else:
        print(n, "ok", result)
def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise TypeError("from handler") from e
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e, "cause:", e.__cause__)
nested_handlers()
def reraise_other():
    try:
        raise KeyError("orig")
    except KeyError as e:
        err = e
    raise err
try:
    reraise_other()
except KeyError as e:
    print("re-raised saved exception", e)
