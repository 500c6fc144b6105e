a = [1, 2, 3, 2, 1]
print(a.index(2, 2), a.index(1, 1, 5), a[::-1], list(reversed(a)))
print(sum(a), max(a), min(a), sorted(set(a)))
a *= 2
print(a, len(a))
print([0] * 0, [None] * 3, [[1]] * 2)
print(list(map(str, a[:3])), [x for x in a if x > 1])
print(a.__len__(), a.__getitem__(0), a.__contains__(3))
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
q = [1, 2, 3]
print(q.pop(0), q)
e = list(enumerate("ab"))
print(e, list(zip(*e)))
