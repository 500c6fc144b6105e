# ctypes.util for tspy: find_library(name) returns the soname of a shared library ('c' ->
# 'libc.so.6') by looking through the usual library directories, as ldconfig -p would on Linux.
import os

_DIRS = ['/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu', '/lib64', '/usr/lib64', '/lib', '/usr/lib', '/usr/local/lib']


def _version_key(fname, prefix):
    rest = fname[len(prefix):]
    parts = rest.lstrip('.').split('.') if rest else []
    return (len(parts) != 1, len(parts), fname)


def find_library(name):
    prefix = 'lib%s.so' % name
    found = []
    for d in _DIRS:
        try:
            names = os.listdir(d)
        except OSError:
            continue
        for f in names:
            if f == prefix or (f.startswith(prefix + '.') and f[len(prefix) + 1:].replace('.', '').isdigit()):
                found.append(f)
    if not found:
        return None
    versioned = [f for f in found if f != prefix]
    if not versioned:
        return None
    return min(versioned, key=lambda f: _version_key(f, prefix))
