a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, type(None) is type(None))
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "" in "x", "z" not in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {1, 2}, 1.0 in [1])
print((1, 2) in [(1, 2)], [1] in [[1]], 5 in range(10), 10 in range(10))
class Box:
    def __contains__(self, x):
        return x == "secret"
print("secret" in Box(), "other" in Box())
class Seq:
    def __iter__(self):
        return iter([7, 8])
print(8 in Seq(), 9 in Seq())
x = float("nan")
print(x in [x], x == x)
