from contextlib import contextmanager, suppress, closing, ExitStack, redirect_stdout, nullcontext
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
class Res:
    def close(self):
        print("closed resource")
with closing(Res()):
    print("using resource")
with ExitStack() as stack:
    for n in ["one", "two"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in exit stack")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured text")
print(repr(buf.getvalue()))
with nullcontext(42) as v:
    print(v)
