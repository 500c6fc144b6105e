print(b"abc" == b"abc", b"abc" == "abc", b"abc" == bytearray(b"abc"), b"a" < b"ab", b"b" > b"abc")
print(sorted([b"b", b"a", b"ab", b""]), max([b"x", b"xy"]), b"abc" in [b"abc"])
d = {b"key": 1}
print(d[b"key"], d.get(bytes(b"key")), b"key" in d)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError", e)
try:
    b"a" < "a"
except TypeError as e:
    print("TypeError", e)
try:
    b"a" + "a"
except TypeError as e:
    print("TypeError", e)
print(b"x" * 0 == b"", bytes(0) == b"", bool(b""), bool(b"\x00"))
