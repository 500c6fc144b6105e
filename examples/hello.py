# A first script for tspy: functions, classes, comprehensions and f-strings.

def greet(name: str) -> str:
    return f"Hello, {name}!"


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1


words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter()
for w in words:
    c.add(w)

print(greet("tspy"))
print(sorted(c.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print([n * n for n in range(10) if n % 2 == 0])
