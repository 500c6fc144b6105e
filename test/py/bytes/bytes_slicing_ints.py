b = b"0123456789"
print(b[2], b[-1], b[2:5], b[::3], b[::-1], b[100:], b[-3:])
print(int(b), int(b"ff", 16), float(b"1.5"), b"%d" % 5)
print(b[0] == 48, b[0:1] == b"0", chr(b[3]), bytes([b[1], b[2]]))
print(list(b"\x00\x7f\x80\xff"), b"\x41" == b"A", b"a" * 3 + b"b")
print(b"abc".index(b"c"), b"abc".rindex(b"a"), b"aXbXc".split(b"X"), b"a b".split(maxsplit=0))
