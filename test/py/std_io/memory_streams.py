import io

def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"

s = io.StringIO("abc\ndef\r\nghi")
print(s.tell(), repr(s.readline()), s.readlines(), s.newlines, s.line_buffering)
for op in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 3), lambda: s.write(5),
           lambda: io.StringIO(5), lambda: s.seek(10), lambda: s.write("x"), lambda: s.getvalue(), lambda: s.truncate(3),
           lambda: s.getvalue(), lambda: s.tell(), lambda: s.truncate(-1), lambda: s.read(-5), lambda: s.readline(2),
           lambda: s.fileno(), lambda: s.seek(20), lambda: s.write("end"), lambda: s.getvalue()]:
    print(attempt(op))
s.close()
for op in [lambda: s.getvalue(), lambda: s.read(), lambda: s.closed, lambda: s.write("")]:
    print(attempt(op))
b = io.BytesIO(b"abc\ndef")
print(b.readline(), b.read(2), b.tell())
for op in [lambda: b.seek(-1), lambda: b.seek(1, 1), lambda: b.seek(-100, 1), lambda: b.seek(1, 2), lambda: b.seek(0, 3),
           lambda: b.write("x"), lambda: io.BytesIO("x"), lambda: b.seek(10), lambda: b.write(b"Z"), lambda: b.getvalue(),
           lambda: b.truncate(3), lambda: b.getvalue(), lambda: b.tell(), lambda: b.read1(), lambda: b.readinto(bytearray(2)),
           lambda: b.fileno(), lambda: b.write(bytearray(b"q")), lambda: b.getvalue()]:
    print(attempt(op))
b.close()
for op in [lambda: b.getvalue(), lambda: b.read(), lambda: b.closed]:
    print(attempt(op))
s = io.StringIO(newline=None)
s.write("a\r\nb\rc")
print(repr(s.getvalue()))
s = io.StringIO("a\r\nb", newline=None)
print(repr(s.getvalue()), repr(s.read()))
s = io.StringIO("a\r\nb\rc", newline="")
print(s.readlines())
s = io.StringIO(newline="\r\n")
s.write("a\nb")
print(repr(s.getvalue()))
s = io.StringIO("😀x")
print(s.read(1), s.tell(), s.read())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.TextIOWrapper, io.IOBase))
b = io.BytesIO()
for i in range(3):
    b.write(b"line %d\n" % i)
b.seek(0)
print(list(b), b.readlines(), b.getvalue().count(b"\n"))
b.seek(0)
print([line for line in b if line.endswith(b"1\n")], b.readable(), b.writable(), b.seekable())
with io.BytesIO(b"ctx") as bb:
    print(bb.read())
print(bb.closed, attempt(lambda: bb.__enter__()))

class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print("hello", "world", file=u)
u.writelines(["x", "y"])
print(repr(u.getvalue()), isinstance(u, io.StringIO))

class Source(io.RawIOBase):
    def __init__(self):
        self.data = b"one\ntwo\n"
    def readable(self):
        return True
    def read(self, n=-1):
        chunk, self.data = self.data[:1], self.data[1:]
        return chunk

src = Source()
print(src.readline(), src.readline(), src.readline(), src.closed)
src.close()
print(src.closed)
s = io.StringIO()
print("a", "b", sep="-", end="!\n", file=s)
print(repr(s.getvalue()), len(s.getvalue()), s.tell())
s = io.StringIO("x\ny\n")
for line in s:
    print(repr(line))
