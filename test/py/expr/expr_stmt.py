1 + 2
"docstring-like"
None
[x for x in range(3)]
def f():
    print("side effect")
    return 5
f()
f() + 1
print("expression statements evaluated")
lst = []
lst.append(1)
lst.extend([2, 3])
lst.pop()
print(lst)
(lambda: print("called lambda"))()
...
print(Ellipsis, ..., type(...).__name__)
