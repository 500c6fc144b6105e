s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[:5], s[7:], s[::2], s[::-1], s[-5:-1], s[3:3])
print(len(s), len(""), len("é中"))
for i, c in enumerate("abc"):
    print(i, c)
try:
    s[100]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError", e)
print("z" * 3, 3 * "ab", "a" * 0, "a" * -1, "x" + "y")
print(s[1:100], s[-100:3], list("hey"), tuple("ab"))
