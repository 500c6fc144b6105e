data = "Grüße".encode("utf-8")
print(data, len(data), list(data))
print([hex(b) for b in data], "".join(f"{b:02x}" for b in data))
print(bytes(b ^ 0x20 for b in b"Hello"), bytes(reversed(b"abc")))
print(sum(b"abc"), max(b"abc"), sorted(b"cab"), b"abc".count(b"") )
checksum = 0
for b in data:
    checksum = (checksum * 31 + b) % 65521
print(checksum)
print(b"a" * 3, b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
print(bytes.maketrans(b"ab", b"xy") == bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
