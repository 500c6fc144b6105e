log = []
class T:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
def val():
    log.append("value")
    return 7
t = T()
t["a"] = t["b"] = val()
print(log)
x = [0, 0]
i = 0
i = x[i] = 1
print(i, x)
a = b = c = []
a.append(1)
print(a, b, c)
