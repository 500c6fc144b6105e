a = list(range(8))
print(a[-100:100], a[5:-100:-1], a[-1:-100:-3], a[100:-100:-1])
print(a[:-1], a[-2:-1], a[-1:-2], a[::-2], a[6::-2], a[:6:-2])
print(a[3:3], a[3:2], a[-3:-3], a[len(a):], a[:0])
print("hello"[::-1][::-1], "hello"[1:-1], "hello"[-3:], "hello"[:-3])
print((1, 2, 3)[5:], (1, 2, 3)[-5:2], b"bytes"[1::2], range(10)[-3::-3])
n = None
print(a[n:n], a[n:3], a[3:n], a[n:n:-1])
print(a[True:], a[False])
