import warnings, weakref, numbers, keyword, types, reprlib, io, contextlib
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("x", DeprecationWarning)
    warnings.warn(UserWarning("inst"))
    print(len(w), w[0].category.__name__, str(w[0].message), w[1].category.__name__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(w)
class A:
    pass
a = A()
r = weakref.ref(a)
print(r() is a, weakref.ref(a) == r, hash(r) == hash(a))
d = weakref.WeakValueDictionary(); d["a"] = a
k = weakref.WeakKeyDictionary(); k[a] = 1
print(d["a"] is a, len(d), k[a], len(weakref.WeakSet([a])))
calls = []
fin = weakref.finalize(a, calls.append, "done")
print(fin.alive, fin(), calls, fin.alive, fin())
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Integral), isinstance(True, numbers.Number), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), issubclass(int, numbers.Rational))
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.kwlist[:3])
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = "x"
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c="x"), types.SimpleNamespace())
print(types.FunctionType, types.GeneratorType, types.ModuleType, types.NoneType, types.BuiltinFunctionType, isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr((1,)))
class R:
    @reprlib.recursive_repr()
    def __repr__(self):
        return "R(" + repr(self.items) + ")"
rr = R(); rr.items = [rr]
print(repr(rr))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
with contextlib.redirect_stderr(buf):
    pass
print(repr(buf.getvalue()))
@contextlib.contextmanager
def cm():
    yield 1
@cm()
def decorated():
    return "ran"
print(decorated())
with contextlib.ExitStack() as st:
    st.callback(print, "cb1")
    st.push(lambda *exc: print("push", exc[0]))
    inner = st.pop_all()
    print("after pop_all")
inner.close()
try:
    with contextlib.ExitStack() as st:
        st.callback(print, "cleanup")
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("ok")
