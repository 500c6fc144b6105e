import os
import tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "data.bin")
with open(p, "wb") as f:
    f.write(bytes(range(10)))
    f.write(b"tail")
with open(p, "rb") as f:
    print(f.read(3), f.tell())
    f.seek(5)
    print(f.read(2), f.tell())
    f.seek(-4, 2)
    print(f.read())
    f.seek(0)
    print(len(f.read()))
with open(p, "r+b") as f:
    f.seek(1)
    f.write(b"\xff")
with open(p, "rb") as f:
    print(f.read(3))
os.remove(p)
try:
    open(p)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.rmdir(d)
