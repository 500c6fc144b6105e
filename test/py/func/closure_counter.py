def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulate()
acc(1)
print(acc(2))
def shared_cell():
    v = "initial"
    def reader():
        return v
    def writer(new):
        nonlocal v
        v = new
    return reader, writer
r, w = shared_cell()
print(r()); w("changed"); print(r())
