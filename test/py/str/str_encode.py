print("hello".encode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"))
print("中文".encode(), len("中文".encode()), "€".encode("utf-8"))
print("abc".encode("ascii"), "😀".encode(), "😀".encode("utf-16-le"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "backslashreplace"))
print(b"h\xc3\xa9llo".decode(), b"h\xe9llo".decode("latin-1"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
