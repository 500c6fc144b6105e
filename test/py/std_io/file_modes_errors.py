import os
import tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "x.txt")
with open(p, "x") as f:
    f.write("exclusive")
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
with open(p) as f:
    try:
        f.write("no")
    except Exception as e:
        print(type(e).__name__, e)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
try:
    open(p, "q")
except ValueError as e:
    print("ValueError", e)
with open(p, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(p) as f:
    print(f.read().split())
os.remove(p)
os.rmdir(d)
