try:
    raise int
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError", e)
try:
    try:
        pass
    except 5:
        pass
    print("no exception, except clause never evaluated")
    try:
        raise ValueError
    except "str":
        pass
except TypeError as e:
    print("TypeError", e)
