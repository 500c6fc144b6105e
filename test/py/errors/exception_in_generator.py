def gen():
    yield 1
    raise IndexError("generator failed")
for v in gen():
    print("got", v)
