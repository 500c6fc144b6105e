import os
import tempfile
base = tempfile.mkdtemp()
sub = os.path.join(base, "sub", "deeper")
os.makedirs(sub)
print(os.path.isdir(sub), sorted(os.listdir(base)))
path = os.path.join(sub, "f.txt")
with open(path, "w") as fh:
    fh.write("data")
print(os.path.getsize(path), os.path.exists(path))
os.rename(path, path + ".bak")
print(sorted(os.listdir(sub)))
walked = []
for root, dirs, files in os.walk(base):
    walked.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
print(sorted(walked))
os.remove(path + ".bak")
os.rmdir(sub)
os.rmdir(os.path.dirname(sub))
os.rmdir(base)
print(os.path.exists(base))
try:
    os.remove(os.path.join(base, "gone"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
