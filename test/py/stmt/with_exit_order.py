log = []
class R:
    def __init__(self, n, fail=False):
        self.n, self.fail = n, fail
    def __enter__(self):
        log.append(f"enter {self.n}")
        if self.fail:
            raise RuntimeError(f"enter {self.n} failed")
        return self
    def __exit__(self, *exc):
        log.append(f"exit {self.n} {exc[0].__name__ if exc[0] else '-'}")
with R(1), R(2), R(3):
    log.append("body")
print(log)
log.clear()
try:
    with R(1), R(2, fail=True), R(3):
        log.append("body")
except RuntimeError as e:
    log.append(str(e))
print(log)
log.clear()
def f():
    with R("ret"):
        return "value"
print(f(), log)
log.clear()
for i in range(2):
    with R(i):
        if i == 0:
            continue
        log.append("not continued")
print(log)
