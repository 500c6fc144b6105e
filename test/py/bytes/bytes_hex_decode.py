b = bytes([0, 15, 16, 255, 128])
print(b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print(b"abc".decode("ascii"), str(b"abc", "ascii"), str(b"abc"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(repr(b"\x00\x07\x08\t\n\x0b\x0c\r\x1b\x7f"), repr(b"\\'\""))
print(b"%s=%d" % (b"x", 5), b"%05.1f|%x" % (2.5, 255), b"%c%c" % (65, b"B"))
