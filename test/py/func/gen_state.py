def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is not None)
print(next(g))
print(list(g), g.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def count():
    i = 0
    while True:
        i += 1
        yield i
c = count()
for v in c:
    if v == 3:
        break
print(next(c), next(c))
print(gen.__name__, type(g).__name__, hasattr(g, "send"), hasattr(g, "__next__"))
