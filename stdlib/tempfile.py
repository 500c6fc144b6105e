"""Temporary files and directories for tspy: mkdtemp, mkstemp, gettempdir, TemporaryDirectory,
NamedTemporaryFile and TemporaryFile, with names drawn like CPython's (tmp + 8 random chars)."""

import os as _os

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp",
    "mktemp", "gettempdir", "gettempprefix", "gettempdirb", "gettempprefixb", "tempdir",
    "template", "TMP_MAX",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    data = _os.urandom(8)
    return "".join(_CHARS[b % len(_CHARS)] for b in data)


def _candidate_dirs():
    for env in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(env)
        if value:
            yield value
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    yield _os.getcwd()


def gettempdir():
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if _os.path.isdir(d) and _os.access(d, _os.W_OK | _os.X_OK):
                tempdir = _os.path.abspath(d)
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _resolve(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    suffix, prefix, dir = _resolve(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _rmtree(path):
    for entry in _os.listdir(path):
        full = _os.path.join(path, entry)
        if _os.path.isdir(full) and not _os.path.islink(full):
            _rmtree(full)
        else:
            _os.unlink(full)
    _os.rmdir(path)


class TemporaryDirectory:
    """A directory removed (with its contents) by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self.name is not None and _os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore_cleanup_errors:
                    raise


class _TemporaryFileWrapper:
    """A file object that deletes its file when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        try:
            self.file.close()
        finally:
            if self.delete and _os.path.exists(self.name):
                _os.unlink(self.name)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir, text="b" not in mode)
    _os.close(fd)
    file = open(name, mode.replace("x", "w") if "w" in mode or "x" in mode else "r+" + ("b" if "b" in mode else ""),
                buffering=buffering, encoding=encoding, newline=newline, errors=errors)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    file = open(name, mode, buffering=buffering, encoding=encoding, newline=newline, errors=errors)
    _os.unlink(name)
    return file
