def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
g = countdown(2)
print(type(g).__name__, next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def squares():
    for i in range(4):
        yield i * i
print(sum(squares()), [s for s in squares() if s])
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finishing")
l = lazy()
print("created")
for v in l:
    print("got", v)
def empty():
    return
    yield
print(list(empty()))
print(iter(g) is g)
