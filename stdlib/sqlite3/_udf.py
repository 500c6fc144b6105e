# User-defined SQL functions, aggregates and collations: each is a Python closure made into a C
# function pointer with _rawffi.CallbackPtr. SQLite's `sqlite3_value **argv` is read through a
# memory view of pointers (no native call per pointer); values cross with sqlite3_value_* and
# sqlite3_result_*. An exception inside becomes sqlite3_result_error, as in CPython.

import _rawffi
from sqlite3 import _capi as C

_value_type, _value_int64, _value_double = C.value_type, C.value_int64, C.value_double
_value_text, _value_blob, _value_bytes = C.value_text, C.value_blob, C.value_bytes
_result_int64, _result_double, _result_null = C.result_int64, C.result_double, C.result_null
_result_text, _result_blob, _result_error = C.result_text, C.result_blob, C.result_error
_result_error_toobig = C.result_error_toobig
_charp2rawstring, _PtrArray, _TRANSIENT = C.charp2rawstring, C.PtrArray, C.TRANSIENT

FUNC_ERROR = b'user-defined function raised exception'
_FUNC_SIG = ['P', 'i', 'P']

_tracebacks = [False]


def enable_callback_tracebacks(flag, /):
    _tracebacks[0] = bool(flag)


def _report(what):
    """With enable_callback_tracebacks(True), print the exception being handled as CPython's
    unraisable-exception report (never raises: this runs inside a C callback)."""
    if not _tracebacks[0]:
        return
    try:
        import sys
        exc = sys.exc_info()[1]
        sys.stderr.write(f'Exception ignored in: {what!r}\n')
        try:
            import traceback
            traceback.print_exception(exc)
        except ImportError:
            sys.stderr.write(f'{type(exc).__name__}: {exc}\n')
    except BaseException:
        pass


def value(p):
    """A sqlite3_value * as a Python int, float, str, bytes or None."""
    t = _value_type(p)
    if t == 1:
        return _value_int64(p)
    if t == 2:
        return _value_double(p)
    if t == 3:
        return _charp2rawstring(_value_text(p), _value_bytes(p)).decode('utf-8')
    if t == 4:
        n = _value_bytes(p)
        return _charp2rawstring(_value_blob(p), n) if n else b''
    return None


def set_result(ctx, r):
    """Hand a Python value back to SQLite as the function's result. An unsupported type raises
    TypeError; an int beyond 64 bits sets SQLITE_TOOBIG (DataError), as CPython 3.11 does."""
    if r is None:
        _result_null(ctx)
    elif isinstance(r, int):
        try:
            _result_int64(ctx, r)          # 'check' int mode: OverflowError beyond 64 bits
        except OverflowError:
            _result_error_toobig(ctx)
    elif isinstance(r, float):
        _result_double(ctx, r)
    elif isinstance(r, str):
        data = r.encode('utf-8')
        _result_text(ctx, data, len(data), _TRANSIENT)
    elif isinstance(r, C.BUFFERS):
        data = bytes(r)
        _result_blob(ctx, data, len(data), _TRANSIENT)
    else:
        raise TypeError(f'unsupported result type {type(r).__name__}')


def function(func, narg):
    """The C callback (void (*)(sqlite3_context *, int, sqlite3_value **)) calling func.
    SQLite passes the same argv array for every row of a statement, so its view is made once
    per address; the one-argument INTEGER path and the int result are written out inline (the
    result goes straight to result_int64, anything but an int makes it raise TypeError)."""
    last_argv = 0
    view = None
    # The hot names as closure cells (a cell read is cheaper than a module-global lookup).
    PtrArray, value_type, value_int64, result_int64 = _PtrArray, _value_type, _value_int64, _result_int64

    def one(ctx, argc, argv):
        nonlocal last_argv, view
        try:
            if argv != last_argv:
                view = PtrArray.fromaddress(argv, 1)
                last_argv = argv
            p = view[0]
            if value_type(p) == 1:
                r = func(value_int64(p))
            else:
                r = func(value(p))
            try:
                result_int64(ctx, r)
            except TypeError:
                set_result(ctx, r)
            except OverflowError:
                _result_error_toobig(ctx)
        except BaseException:
            _report(func)
            _result_error(ctx, FUNC_ERROR, -1)

    def many(ctx, argc, argv):
        nonlocal last_argv, view
        try:
            if argc:
                if argv != last_argv or len(view) != argc:
                    view = _PtrArray.fromaddress(argv, argc)
                    last_argv = argv
                r = func(*[value(view[i]) for i in range(argc)])
            else:
                r = func()
            set_result(ctx, r)
        except BaseException:
            _report(func)
            _result_error(ctx, FUNC_ERROR, -1)

    return _rawffi.CallbackPtr(one if narg == 1 else many, _FUNC_SIG, None)


def aggregate(cls):
    """(step, final) C callbacks driving instances of cls, one per aggregate context."""
    instances = {}

    def step(ctx, argc, argv):
        p = C.aggregate_context(ctx, 8)
        inst = instances.get(p)
        if inst is None:
            try:
                inst = cls()
            except BaseException:
                _report(cls)
                _result_error(ctx, b"user-defined aggregate's '__init__' method raised error", -1)
                return
            instances[p] = inst
        try:
            method = inst.step
        except BaseException:
            _report(cls)
            _result_error(ctx, b"user-defined aggregate's 'step' method not defined", -1)
            return
        try:
            if argc:
                a = _PtrArray.fromaddress(argv, argc)
                method(*[value(a[i]) for i in range(argc)])
            else:
                method()
        except BaseException:
            _report(cls)
            _result_error(ctx, b"user-defined aggregate's 'step' method raised error", -1)

    def final(ctx):
        p = C.aggregate_context(ctx, 0)
        inst = instances.pop(p, None) if p else None
        if inst is None:
            return
        try:
            set_result(ctx, inst.finalize())
        except BaseException:
            _report(cls)
            _result_error(ctx, b"user-defined aggregate's 'finalize' method raised error", -1)

    return (_rawffi.CallbackPtr(step, _FUNC_SIG, None), _rawffi.CallbackPtr(final, ['P'], None))


# An exception raised by a collation is not an SQLite error: as in CPython it stays pending and
# the statement's execute()/fetch raises it once the step returns.
pending = []


def collation(func):
    """The C comparator int (*)(void *, int, const void *, int, const void *) calling func."""
    def callback(arg, n1, p1, n2, p2):
        try:
            a = _charp2rawstring(p1, n1).decode('utf-8') if n1 else ''
            b = _charp2rawstring(p2, n2).decode('utf-8') if n2 else ''
            r = func(a, b)
        except BaseException as e:
            if not pending:
                pending.append(e)
            return 0
        try:
            r = r.__index__()
        except BaseException:
            return 0
        return 1 if r > 0 else -1 if r < 0 else 0

    return _rawffi.CallbackPtr(callback, ['P', 'i', 'P', 'i', 'P'], 'i')
