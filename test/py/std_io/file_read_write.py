import os
import tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "sample.txt")
with open(path, "w", encoding="utf-8") as f:
    n = f.write("line one\nline two\n")
    f.write("ligne trois é\n")
print(n)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(path, "a", encoding="utf-8") as f:
    print("appended", file=f)
with open(path, encoding="utf-8") as f:
    print(len(f.read().splitlines()), f.closed)
print(f.closed)
os.remove(path)
os.rmdir(d)
print(os.path.exists(d))
