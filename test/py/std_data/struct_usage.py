import struct
b = struct.pack("<iHb", -2, 65535, 7)
print(b, len(b), struct.unpack("<iHb", b))
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!h", -1), struct.pack("<q", 2 ** 40))
print(struct.pack("<d", 1.5), struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.pack("?x?", True, False))
print(struct.calcsize("<iHb"), struct.calcsize("@iHb") >= 7, struct.calcsize("3s2x"), struct.pack("3s", b"abcdef"))
print(struct.unpack_from("<H", b"\x00\x01\x02", 1), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
s = struct.Struct(">hh")
print(s.size, s.pack(1, 2), s.unpack(b"\x00\x03\x00\x04"))
try:
    struct.pack("<B", 256)
except struct.error as e:
    print("struct.error", e)
