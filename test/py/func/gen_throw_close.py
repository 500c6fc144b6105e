def worker():
    try:
        while True:
            try:
                v = yield "ready"
                print("got", v)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad")))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
def simple():
    yield 1
    yield 2
s = simple()
next(s)
try:
    s.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError", e)
never = simple()
never.close()
print(list(never))
