b = b"hello world"
print(b[0], b[-1], b[0:5], b[::-1], b[6:], len(b))
print(b + b"!", b * 2, b"ll" in b, 108 in b, b"z" not in b)
print(list(b"abc"), bytes(3), bytes([1, 2, 3]), bytes(range(65, 70)), bytes("é", "utf-8"))
print(b == b"hello world", b < b"help", b"a" < b"b", b"" < b"\x00")
print(type(b[0]).__name__, type(b[:1]).__name__)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError", e)
for x in b"hi":
    print(x)
