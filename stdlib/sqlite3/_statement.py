# Prepared statements: one sqlite3_stmt per distinct SQL text, compiled once and kept in the
# connection's bounded cache (reused after sqlite3_reset + clear_bindings), and parameter binding
# with qmark (sequence) and named (mapping) styles, converting Python values as CPython does.

from sqlite3 import _capi as C
from sqlite3._errors import ProgrammingError, InterfaceError, error_from
from sqlite3 import _adapt

_DML = ('INSERT', 'UPDATE', 'DELETE', 'REPLACE')


def _skip_blank(sql, i):
    """Index of the first byte of sql[i:] that is not whitespace or an SQL comment, or -1."""
    n = len(sql)
    while i < n:
        c = sql[i]
        if c in b' \t\n\r\f':
            i += 1
        elif sql.startswith(b'--', i):
            j = sql.find(b'\n', i)
            if j < 0:
                return -1
            i = j + 1
        elif sql.startswith(b'/*', i):
            j = sql.find(b'*/', i + 2)
            if j < 0:
                return -1
            i = j + 2
        else:
            return i
    return -1


def prepare(db, sql):
    """Compile the first statement of sql (str): (stmt pointer or 0, byte offset of the rest)."""
    buf, n = C.cstring(sql)
    out = C.PtrArray(2)
    try:
        if C.prepare_v2(db, buf, n + 1, out.buffer, out.buffer + 8) != C.OK:
            raise error_from(db)
        tail = out[1]
        return out[0], (tail - buf if tail else n)
    finally:
        out.free()
        C.free(buf)


class Statement:
    __slots__ = ('st', 'sql', 'is_dml', 'in_use', 'owner', 'cached', 'nparams', 'names')

    def __init__(self, db, sql):
        if '\0' in sql:
            raise ProgrammingError('the query contains a null character')
        st, tail = prepare(db, sql)
        data = sql.encode('utf-8')
        if tail < len(data) and _skip_blank(data, tail) >= 0:
            if st:
                C.finalize(st)
            raise ProgrammingError('You can only execute one statement at a time.')
        self.st = st
        self.sql = sql
        head = sql.lstrip(' \t\n\r')[:7].upper()
        self.is_dml = head.startswith(_DML)
        self.in_use = False
        self.owner = None      # the cursor reading its rows while in_use
        self.cached = False
        self.nparams = C.bind_parameter_count(st) if st else 0
        self.names = None

    def reset(self):
        self.in_use = False
        self.owner = None
        if self.st:
            C.reset(self.st)

    def finalize(self):
        st = self.st
        self.st = 0
        self.in_use = False
        self.owner = None
        if st:
            C.finalize(st)

    def param_names(self):
        names = self.names
        if names is None:
            names = self.names = [C.bind_parameter_name(self.st, i) for i in range(1, self.nparams + 1)]
        return names

    def bind(self, params):
        st = self.st
        need = self.nparams
        if st:
            C.clear_bindings(st)
        tp = type(params)
        if tp is tuple or tp is list or (not isinstance(params, dict) and _is_sequence(params)):
            n = len(params)
            if n != need:
                raise ProgrammingError('Incorrect number of bindings supplied. The current statement uses '
                                       f'{need}, and there are {n} supplied.')
            for i in range(need):
                bind_value(st, i + 1, params[i])
        elif isinstance(params, dict):
            i = 0
            for name in self.param_names():
                i += 1
                if name is None:
                    raise ProgrammingError(f'Binding {i} has no name, but you supplied a dictionary (which has only names).')
                key = name[1:].decode('utf-8')
                try:
                    value = params[key]
                except KeyError:
                    raise ProgrammingError(f'You did not supply a value for binding parameter :{key}.') from None
                bind_value(st, i, value)
        else:
            raise ProgrammingError('parameters are of unsupported type')


def _is_sequence(o):
    t = type(o)
    return hasattr(t, '__getitem__') and hasattr(t, '__len__') and not isinstance(o, dict)


_INT64_MIN, _INT64_MAX = -(1 << 63), (1 << 63) - 1


def bind_value(st, i, v):
    """Bind one Python value to parameter i (1-based) of st."""
    t = type(v)
    if v is None:
        rc = C.bind_null(st, i)
    elif t is int:
        if not _INT64_MIN <= v <= _INT64_MAX:
            raise OverflowError('Python int too large to convert to SQLite INTEGER')
        rc = C.bind_int64(st, i, v)
    elif t is float:
        rc = C.bind_double(st, i, v)
    elif t is str:
        data = v.encode('utf-8')
        rc = C.bind_text(st, i, data, len(data), C.TRANSIENT)
    elif t is bytes:
        rc = C.bind_blob(st, i, v, len(v), C.TRANSIENT)
    else:
        return _bind_other(st, i, v)
    if rc != C.OK:
        raise InterfaceError(f'Error binding parameter {i} - probably unsupported type.')


def _bind_other(st, i, v):
    adapted = _adapt.adapt_for_binding(v)
    if adapted is not v:
        v = adapted
    if v is None or type(v) in (int, float, str, bytes):
        return bind_value(st, i, v)
    if isinstance(v, int):
        return bind_value(st, i, int(v))
    if isinstance(v, float):
        return bind_value(st, i, float(v))
    if isinstance(v, str):
        return bind_value(st, i, str(v))
    if isinstance(v, C.BUFFERS):
        return bind_value(st, i, bytes(v))
    raise ProgrammingError(f"Error binding parameter {i}: type '{type(v).__name__}' is not supported")
