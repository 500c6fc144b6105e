from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen, list(bounded))
print(deque("abc") == deque("abc"), deque(reversed("abc")), d.count(5), d.index(5))
d.remove(5); d.reverse(); print(d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
