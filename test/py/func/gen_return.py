def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def no_value():
    yield 1
it = no_value()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def early(n):
    for i in range(n):
        if i == 2:
            return i * 100
        yield i
print(list(early(10)))
def bad():
    yield 1
    raise StopIteration("inside")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
