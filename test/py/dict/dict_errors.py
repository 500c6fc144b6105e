d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print("TypeError", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    d[0]
except KeyError as e:
    print("KeyError", e)
try:
    {1: 2} + {3: 4}
except TypeError as e:
    print("TypeError", e)
