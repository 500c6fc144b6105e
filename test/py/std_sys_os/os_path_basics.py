import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"))
print(os.path.split("/a/b/c.txt"), os.path.splitext("archive.tar.gz"), os.path.splitext("noext"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.basename("dir/"))
print(os.path.normpath("a/./b/../c//d"), os.path.isabs("/a"), os.path.isabs("a/b"))
print(os.sep, os.path.sep, os.curdir, os.pardir, os.extsep)
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a"))
print(os.path.exists("os_path_basics.py"), os.path.isfile("os_path_basics.py"), os.path.isdir("."), os.path.exists("nope.txt"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.basename(os.getcwd()))
