print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("z"), ord(" "), ord("é"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
print("".join(chr(c) for c in range(ord("a"), ord("f"))), [ord(c) for c in "hi!"])
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
