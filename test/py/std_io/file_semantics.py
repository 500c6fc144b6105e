import io
import os
import tempfile

home = os.getcwd()
d = tempfile.mkdtemp()
os.chdir(d)
p = "f.txt"

def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"

f = open(p, "w")
print(repr(f), f.encoding, f.mode, f.name, f.buffer, f.buffer.raw, f.newlines, f.errors, f.line_buffering)
print(f.write("a\r\nb\rc\n"), f.writable(), f.readable(), f.seekable())
f.close()
print(repr(f), f.closed)
f = open(p, "rb")
print(f, f.mode, f.raw.mode, f.read())
f.close()
f = open(p, "r")
print(repr(f.read()), f.newlines)
f.close()
with open(p, "r", newline="") as f:
    print(repr(f.readlines()))
with open(p, "r", newline="\r") as f:
    print(repr(f.readlines()))
with open(p, "r", newline="\n") as f:
    print(repr(f.read()))
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    print(f.read())
for m in ["rw", "rr", "bt", "U", "rU", "", "r+b+", "ab", "wx", "tb"]:
    print(repr(m), attempt(lambda: open(p, m).close()))
for kw in [dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="x"), dict(mode="rb", newline=""),
           dict(mode="r", buffering=0), dict(newline="x"), dict(encoding="nope")]:
    print(kw, attempt(lambda: open(p, **kw).close()))
f = open(p, "rb", buffering=0)
print(f, f.mode)
f.close()
f = open(p, "r+b")
print(f, f.mode)
f.close()
f = open(p, "a+")
print(f.mode, f.buffer.mode, f.tell())
f.close()
f = open(p, "w+b")
print(f.mode, f.read())
f.close()
e = attempt(lambda: open(p, "rb").write(b"x"))
print(e)
print(attempt(lambda: open(p, "w").read()))
try:
    open(p, "rb").write(b"x")
except io.UnsupportedOperation as exc:
    print(isinstance(exc, OSError), isinstance(exc, ValueError))
f = open(p, "w")
f.close()
for op in [lambda: f.write("x"), lambda: f.readline(), lambda: f.tell(), lambda: f.seek(0), lambda: next(iter(f)),
           lambda: f.flush(), lambda: f.fileno(), lambda: f.closed, lambda: f.name]:
    print(attempt(op))
print(io.UnsupportedOperation.__mro__, io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
print(io.TextIOWrapper, io.StringIO, io.BytesIO, io.BufferedReader, io.FileIO, open)
f = open(p, "w", encoding="utf-8")
f.write("héllo\nwörld\n")
f.close()
f = open(p, encoding="utf-8")
print(f.readline(), f.tell(), f.read(2), f.tell(), f.encoding)
f.seek(0, 2)
print(f.tell(), attempt(lambda: f.seek(1, 1)), attempt(lambda: f.seek(-1, 2)), attempt(lambda: f.seek(-1)))
f.seek(7)
print(repr(f.read()))
f.close()
f = open(p, "rb")
print(attempt(lambda: f.seek(-100, 1)))
print(f.seek(3), f.seek(2, 1), f.seek(-1, 2), f.read(5), f.read(), f.read(1), f.readline())
f.seek(0)
print(f.readline(), f.readline(3), f.readlines(), list(f))
f.seek(0)
print([line for line in f], f.tell())
f.close()
with open(p, "r+") as f:
    print(f.read(3))
    f.write("XY")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(4), f.tell())
with open(p) as f:
    print(repr(f.read()))
with open(p, "w") as f:
    print("printed", 1, 2, file=f)
    f.writelines(["one\n", "two\n"])
with open(p) as f:
    print(f.readlines(), f.readlines())
with open(p, "a") as f:
    print(f.tell(), f.write("more"))
with open(p) as f:
    print(f.read().splitlines(), f.read())
with open(p, "wb") as f:
    f.write(bytes(range(256)))
with open(p, "r", encoding="latin-1") as f:
    s = f.read()
    print(len(s), ord(s[200]))
with open(p, "r", encoding="utf-8", errors="replace") as f:
    print(len(f.read()))
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as exc:
    print("UnicodeDecodeError")
with open(p, "w", encoding="utf-8") as f:
    f.write("😀 emoji\nline2")
with open(p, encoding="utf-8") as f:
    print(f.read(1), f.read(1), f.readline(), f.readline(), repr(f.readline()))
with open(p, "rb") as f:
    b = bytearray(5)
    print(f.readinto(b), b, f.read1(3), f.readable(), f.fileno() > 2)
print(attempt(lambda: open("missing.txt")), attempt(lambda: open(".", "w")), attempt(lambda: open("missing/x", "w")))
print(attempt(lambda: open(p, "x")), attempt(lambda: open(3.5)), attempt(lambda: open(p, 5)))
os.remove(p)
os.chdir(home)
os.rmdir(d)
