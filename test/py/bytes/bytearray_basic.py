ba = bytearray(b"hello")
ba[0] = 74
print(ba, ba[0], ba[1:3], len(ba))
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 72)
ba.reverse()
print(ba)
ba.remove(69)
print(ba, ba.find(b"o"), ba.count(b"l"), ba.index(b"l"))
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") + b"y")
print(bytes(ba) == ba, ba == bytearray(bytes(ba)), type(ba + b"").__name__)
x = bytearray(b"abc")
x += b"def"
x *= 2
print(x, x.upper(), x.decode(), x.hex())
try:
    x[0] = 300
except ValueError as e:
    print("ValueError", e)
x.clear()
print(x, len(x))
