try:
    {}["k"]
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, str(e), e.args)
try:
    import mod_nothing_at_all
except ModuleNotFoundError as e:
    print(e.name, str(e))
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code, e.args)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    x = undefined_here
except NameError as e:
    print(e.name if hasattr(e, "name") else None, str(e))
try:
    None.attr
except AttributeError as e:
    print(e.name, e.obj, str(e))
