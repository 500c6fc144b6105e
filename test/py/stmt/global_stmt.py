count = 0
def inc():
    global count
    count += 1
inc(); inc()
print(count)
def make():
    global created
    created = "yes"
make()
print(created)
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
def both():
    global a, b
    a, b = 1, 2
both()
print(a, b)
def nested():
    def inner():
        global count
        count = 100
    inner()
nested()
print(count)
