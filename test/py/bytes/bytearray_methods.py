ba = bytearray(b"hello world")
print(ba.upper(), ba.split(), ba.replace(b"o", b"0"), ba.find(b"wor"), ba.startswith(b"hell"))
ba[0:5] = b"HOWDY"
print(ba, ba.decode(), len(ba))
ba.extend([33, 33])
print(ba, ba.count(b"!"), ba.rstrip(b"!"), ba.hex(" "))
del ba[5:]
print(ba, ba.isupper(), ba.lower(), bytes(ba))
ba2 = bytearray(range(5))
ba2.reverse()
print(ba2, list(ba2), ba2 * 2, ba2 + bytearray(b"\xff"))
print(bytearray.fromhex("41 42"), bytearray(b"a") == b"a", bytearray(b"abc")[1], bytearray(b"abc")[1:])
