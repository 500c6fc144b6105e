class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), sum(t), max(t))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
cd = Countdown(3)
print(list(cd), list(cd), [a * b for a in cd for b in cd if a > b])
print(sorted(Countdown(4)), 2 in Countdown(3), 5 in Countdown(3))
