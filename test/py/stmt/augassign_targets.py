lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias is lst)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
d = {"a": 1}
d["a"] += 10
d.setdefault("b", 0)
d["b"] -= 1
print(d)
class C:
    n = 0
c = C()
c.n += 1
print(c.n, C.n)
m = [[1], [2]]
m[1][0] *= 5
print(m)
calls = []
def key():
    calls.append("k")
    return 0
arr = [5]
arr[key()] += 1
print(arr, calls)
