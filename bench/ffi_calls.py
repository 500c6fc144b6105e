# FFI call cost: ns per call of a trivial C function (libc's abs) in a Python loop, through
# tspy's _ffi (typed FuncPtr) and _rawffi (type letters), which PyPy has too (tspy's copy their
# API); then ctypes with argtypes/restype and cffi (ABI mode), wherever they import, so the bench
# runner can put the figures side by side. An empty loop and the same loop calling the builtin
# abs are timed too: subtract them to get the cost of the call itself, and the part of it that
# is the FFI's rather than the interpreter's. Plain Python: runs unchanged under python3, pypy3
# and tspy.
# Usage: <python> bench/ffi_calls.py [N]   (default N = 300000 calls per row)
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
ROUNDS = 3

try:
    import _ffi
    import _rawffi
except ImportError:
    _ffi = None
    _rawffi = None


def make_clock():
    """time.perf_counter, or (on a tspy without a time module) clock_gettime through _rawffi."""
    try:
        from time import perf_counter
        return perf_counter
    except ImportError:
        pass
    libc = _rawffi.CDLL('c')
    ts = _rawffi.Array('q')(2)                   # struct timespec { time_t tv_sec; long tv_nsec; }
    clock_gettime = libc.ptr('clock_gettime', ['i', 'P'], 'i')

    def perf_counter():
        clock_gettime(1, ts)                     # CLOCK_MONOTONIC
        return ts[0] + ts[1] * 1e-9
    return perf_counter


clock = make_clock()


def empty_loop(n):
    s = 0
    for i in range(n):
        s += i
    return s


def call_loop(f, n):
    s = 0
    for i in range(n):
        s += f(i)
    return s


def best_ns(run):
    """Best of ROUNDS, in ns per iteration (after one short warm-up run)."""
    run(min(N, 20000))
    best = None
    for _ in range(ROUNDS):
        t0 = clock()
        run(N)
        dt = (clock() - t0) * 1e9 / N
        if best is None or dt < best:
            best = dt
    return best


def row(name, ns):
    print('%-28s %10.1f ns/call' % (name, ns))


print('ffi_calls: N=%d, best of %d' % (N, ROUNDS))
row('empty loop', best_ns(empty_loop))
# The interpreter's own cost of calling a builtin, to tell it apart from the FFI's.
row('builtin abs(i)', best_ns(lambda n: call_loop(abs, n)))
import ctypes
import ctypes.util
LIBC = ctypes.util.find_library('c')           # 'libc.so.6': PyPy's CDLL wants the file name
if _ffi is not None:
    from _ffi import types
    ffi_abs = _ffi.CDLL(LIBC).getfunc('abs', [types.sint], types.sint)
    assert ffi_abs(-5) == 5
    row('_ffi abs(i)', best_ns(lambda n: call_loop(ffi_abs, n)))
    rawffi_abs = _rawffi.CDLL(LIBC).ptr('abs', ['i'], 'i')
    try:
        rawffi_abs(-5)
    except TypeError:
        rawffi_abs = None                        # PyPy's _rawffi takes ArrayInstance arguments
    if rawffi_abs is not None:
        row('_rawffi abs(i)', best_ns(lambda n: call_loop(rawffi_abs, n)))
# ctypes (tspy's is Python over _rawffi; CPython's is C) and cffi's ABI mode, where importable.
libc = ctypes.CDLL(LIBC)
ctypes_abs = libc.abs
ctypes_abs.argtypes = [ctypes.c_int]
ctypes_abs.restype = ctypes.c_int
assert ctypes_abs(-5) == 5
row('ctypes abs(i)', best_ns(lambda n: call_loop(ctypes_abs, n)))
try:
    import cffi
except ImportError:
    cffi = None
if cffi is not None:
    ffi = cffi.FFI()
    ffi.cdef('int abs(int);')
    cffi_abs = ffi.dlopen(None).abs
    assert cffi_abs(-5) == 5
    row('cffi abs(i)', best_ns(lambda n: call_loop(cffi_abs, n)))
