def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"
        received = f"echo:{received}"
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError", e)
print(fresh.send(None))
