s = list(range(10))
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[5:2], s[100:], s[-100:2], s[2:100:4])
t = "abcdefg"
print(t[1:4], t[::-1], t[::3], t[-2:], t[5:1:-1])
print((1, 2, 3, 4)[1:3], (1, 2, 3)[::-1])
print(s[slice(2, 6, 2)], t[slice(None, None, -2)])
i, j = 1, 4
print(s[i:j], s[i + 1:j * 2], s[len(s) // 2:])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
