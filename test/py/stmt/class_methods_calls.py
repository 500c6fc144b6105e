class Stack:
    def __init__(self):
        self._items = []
    def push(self, *items):
        for it in items:
            self._items.append(it)
        return self
    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def is_empty(self):
        return not self._items
    def size(self):
        return len(self._items)
s = Stack()
s.push(1, 2).push(3)
print(s.size(), s.peek(), s.pop(), s.pop(), s.size())
print(s.is_empty(), s.pop(), s.is_empty())
try:
    s.pop()
except IndexError as e:
    print("IndexError", e)
method = s.push
method(9)
print(s.peek(), Stack.size(s))
