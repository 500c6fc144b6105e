r = range(10)
print(r, range(2, 5), range(0, 10, 3), range(5, 0, -1))
print(list(r), list(range(2, 8, 2)), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), range(10)[-1], range(1, 10, 2)[2])
print(range(0, 20, 2)[2:5], range(10)[::-1], range(10)[::3], list(range(10)[8:2:-2]))
print(5 in r, 10 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r)
print(r.start, r.stop, r.step, range(3, 9, 2).index(7), range(10).count(3))
print(range(0) == range(1, 1), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2))
print(sum(range(101)), max(range(7)), list(reversed(range(4))))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 3)[-1], 10 ** 19 in range(10 ** 20))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError", e)
