def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(5, squared(evens(numbers())))))
g = take(3, numbers())
print(next(g), list(g))
def read_lines(text):
    for line in text.splitlines():
        yield line.strip()
def non_empty(lines):
    return (l for l in lines if l)
print(list(non_empty(read_lines("a\n\n  b  \n\nc"))))
