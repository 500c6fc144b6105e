import os
import os.path as P
import tempfile

def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"

for p in ["", ".", "/", "//", "///", "a/b/../../..", "/../x", "a//b/./c/", "./a", "../a/..", "//a//b", b"a/./b/../c"]:
    print(repr(p), repr(P.normpath(p)))
for p in ["a.b.c", ".bashrc", "..x", "a/.b", "a.b/c", "a/b.", "...", "x.tar.gz/", b"f.txt"]:
    print(repr(p), P.splitext(p))
for p in ["/", "//x", "a/", "a//b//", "/a/b/", "", "x"]:
    print(repr(p), P.split(p), repr(P.dirname(p)), repr(P.basename(p)))
print(P.join("a", ""), P.join("", "b"), P.join("/", "a", "", "b/"), P.join(b"x", b"y"), attempt(lambda: P.join("a", b"b")), attempt(lambda: P.join("a", 3)))
print(P.relpath("/a/b", "/a/b"), P.relpath("/a", "/a/b/c"), P.relpath("/x/y", "/a/b"), attempt(lambda: P.relpath("")))
print(P.commonpath(["/usr/lib", "/usr/local/lib"]), P.commonpath(["a/b", "a/c"]), attempt(lambda: P.commonpath(["/a", "b"])), attempt(lambda: P.commonpath([])))
print(P.commonprefix([]), P.commonprefix(["abc", "abd", "ab"]), P.isabs(""), P.isabs("//x"), P.splitdrive("/a/b"), P.normcase("A/B"))
os.environ["TSPY_HOME_TEST"] = "/home/tester"
os.environ["TSPY_V"] = "val"
print(P.expandvars("$TSPY_V/${TSPY_V}/$UNSET_TSPY_X/${UNSET_TSPY_Y}/$/${bad"), P.expandvars("no vars"))
saved = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester/"
print(P.expanduser("~"), P.expanduser("~/x"), P.expanduser("a/~"), P.expanduser("~nosuchuser_tspy/x"))
if saved is None:
    del os.environ["HOME"]
else:
    os.environ["HOME"] = saved
home = os.getcwd()
d = os.path.realpath(tempfile.mkdtemp())
os.chdir(d)
os.makedirs("x/y/z")
os.makedirs("x/y", exist_ok=True)
print(attempt(lambda: os.makedirs("x/y")), attempt(lambda: os.mkdir("x")), attempt(lambda: os.rmdir("x")))
with open("x/f.txt", "w") as f:
    f.write("12345")
st = os.stat("x/f.txt")
print(st.st_size, type(st.st_mtime).__name__, type(st[8]).__name__, len(st), st.st_mode & 0o170000 == 0o100000, st.st_mtime_ns // 10**9 == st[8])
print(P.getsize("x/f.txt"), P.isfile("x/f.txt"), P.isdir("x/f.txt"), P.exists("x/nope"), P.islink("x"), P.lexists("x"))
os.symlink("x/f.txt", "link")
print(P.islink("link"), P.realpath("link") == P.join(d, "x/f.txt"), os.readlink("link"), P.realpath("x/y/../f.txt") == P.join(d, "x/f.txt"))
os.symlink("loop1", "loop2")
os.symlink("loop2", "loop1")
print(P.realpath("loop1") == P.join(d, "loop1"), attempt(lambda: os.stat("loop1")).split(":")[0])
print(attempt(lambda: os.rename("nope", "other")), attempt(lambda: os.remove("x")), attempt(lambda: os.listdir("x/f.txt")))
print(attempt(lambda: os.rmdir("x/y")), attempt(lambda: open("x/f.txt/z")), attempt(lambda: os.stat(None)))
print(sorted(e.name for e in os.scandir("x")), [(e.name, e.is_dir(), e.is_file()) for e in sorted(os.scandir("x"), key=lambda e: e.name)])
print(sorted((P.relpath(r, d), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d)))
print([P.relpath(r, d) for r, ds, fs in os.walk("x", topdown=False)])
print(os.fspath("a"), os.fspath(b"b"), attempt(lambda: os.fspath(1)), os.fsencode("é"), os.fsdecode(b"\xc3\xa9"))

class PathObj:
    def __fspath__(self):
        return "x/f.txt"

print(P.exists(PathObj()), os.stat(PathObj()).st_size, isinstance(PathObj(), os.PathLike), isinstance("s", os.PathLike))
print(os.getenv("TSPY_V"), os.environ.pop("TSPY_V"), os.getenv("TSPY_V", "gone"), "TSPY_HOME_TEST" in os.environ)
os.environ.setdefault("TSPY_SD", "1")
os.environ.update({"TSPY_SD": "2"})
print(os.environ["TSPY_SD"], attempt(lambda: os.environ["TSPY_MISSING"]), attempt(lambda: os.environ.__setitem__("A", 1)))
print(os.strerror(2), os.sep, os.linesep == "\n", os.pathsep, os.devnull, len(os.urandom(5)), os.name)
fd = os.open("raw.bin", os.O_WRONLY | os.O_CREAT)
print(os.write(fd, b"hello"))
os.close(fd)
fd = os.open("raw.bin", os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 10), os.read(fd, 10))
os.close(fd)
for name in ["raw.bin", "link", "loop1", "loop2", "x/f.txt"]:
    os.remove(name)
os.removedirs("x/y/z")
print(os.listdir("."))
os.chdir(home)
os.rmdir(d)
print(P.exists(d))
