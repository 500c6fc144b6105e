# The C side of the sqlite3 package: libsqlite3 loaded through _ffi, one typed FuncPtr per C
# function (created once, so hot calls are single koffi calls the JIT can see), the result
# codes and flags we use, and small helpers for C strings and out-parameters.

import _ffi
import _rawffi

_T = _ffi.types
_P, _I, _I64, _D, _S, _V = _T.pointer, _T.sint, _T.sint64, _T.double, _T.char_p, _T.void

lib = _ffi.CDLL('sqlite3')
libc = _ffi.get_libc()


def _fn(name, args, res, intmode=None):
    if intmode:
        return lib.getfunc(name, args, res, intmode=intmode)
    return lib.getfunc(name, args, res)


# Library and connections.
libversion = _fn('sqlite3_libversion', [], _S)
open_v2 = _fn('sqlite3_open_v2', [_S, _P, _I, _P], _I)
close_v2 = _fn('sqlite3_close_v2', [_P], _I)
busy_timeout = _fn('sqlite3_busy_timeout', [_P, _I], _I)
errcode = _fn('sqlite3_errcode', [_P], _I)
extended_errcode = _fn('sqlite3_extended_errcode', [_P], _I)
errmsg = _fn('sqlite3_errmsg', [_P], _S)
errstr = _fn('sqlite3_errstr', [_I], _S)
get_autocommit = _fn('sqlite3_get_autocommit', [_P], _I)
changes = _fn('sqlite3_changes', [_P], _I)
total_changes = _fn('sqlite3_total_changes', [_P], _I)
last_insert_rowid = _fn('sqlite3_last_insert_rowid', [_P], _I64)
interrupt = _fn('sqlite3_interrupt', [_P], _V)
complete = _fn('sqlite3_complete', [_S], _I)

# Statements.
prepare_v2 = _fn('sqlite3_prepare_v2', [_P, _P, _I, _P, _P], _I)
step = _fn('sqlite3_step', [_P], _I)
reset = _fn('sqlite3_reset', [_P], _I)
finalize = _fn('sqlite3_finalize', [_P], _I)
clear_bindings = _fn('sqlite3_clear_bindings', [_P], _I)
stmt_readonly = _fn('sqlite3_stmt_readonly', [_P], _I)
stmt_busy = _fn('sqlite3_stmt_busy', [_P], _I)
bind_parameter_count = _fn('sqlite3_bind_parameter_count', [_P], _I)
bind_parameter_name = _fn('sqlite3_bind_parameter_name', [_P, _I], _S)
# The destructor argument is SQLITE_TRANSIENT ((void *)-1): declared as an int64 to pass -1.
bind_int64 = _fn('sqlite3_bind_int64', [_P, _I, _I64], _I, 'check')
bind_double = _fn('sqlite3_bind_double', [_P, _I, _D], _I)
bind_text = _fn('sqlite3_bind_text', [_P, _I, _S, _I, _I64], _I)
bind_blob = _fn('sqlite3_bind_blob', [_P, _I, _S, _I, _I64], _I)
bind_null = _fn('sqlite3_bind_null', [_P, _I], _I)
column_count = _fn('sqlite3_column_count', [_P], _I)
column_name = _fn('sqlite3_column_name', [_P, _I], _S)
column_decltype = _fn('sqlite3_column_decltype', [_P, _I], _S)
column_type = _fn('sqlite3_column_type', [_P, _I], _I)
column_int64 = _fn('sqlite3_column_int64', [_P, _I], _I64)
column_double = _fn('sqlite3_column_double', [_P, _I], _D)
column_text = _fn('sqlite3_column_text', [_P, _I], _P)
column_blob = _fn('sqlite3_column_blob', [_P, _I], _P)
column_bytes = _fn('sqlite3_column_bytes', [_P, _I], _I)

# User-defined functions, aggregates, collations.
create_function_v2 = _fn('sqlite3_create_function_v2', [_P, _S, _I, _I, _P, _P, _P, _P, _P], _I)
create_collation_v2 = _fn('sqlite3_create_collation_v2', [_P, _S, _I, _P, _P, _P], _I)
aggregate_context = _fn('sqlite3_aggregate_context', [_P, _I], _P)
value_type = _fn('sqlite3_value_type', [_P], _I)
value_int64 = _fn('sqlite3_value_int64', [_P], _I64)
value_double = _fn('sqlite3_value_double', [_P], _D)
value_text = _fn('sqlite3_value_text', [_P], _P)
value_blob = _fn('sqlite3_value_blob', [_P], _P)
value_bytes = _fn('sqlite3_value_bytes', [_P], _I)
result_int64 = _fn('sqlite3_result_int64', [_P, _I64], _V, 'check')
result_double = _fn('sqlite3_result_double', [_P, _D], _V)
result_text = _fn('sqlite3_result_text', [_P, _S, _I, _I64], _V)
result_blob = _fn('sqlite3_result_blob', [_P, _S, _I, _I64], _V)
result_null = _fn('sqlite3_result_null', [_P], _V)
result_error = _fn('sqlite3_result_error', [_P, _S, _I], _V)
result_error_toobig = _fn('sqlite3_result_error_toobig', [_P], _V)

memcpy = libc.getfunc('memcpy', [_P, _S, _T.size_t], _P)

# Result codes, fundamental types, flags.
OK, ERROR, INTERNAL, PERM, ABORT, BUSY, LOCKED, NOMEM, READONLY, INTERRUPT = range(10)
IOERR, CORRUPT, NOTFOUND, FULL, CANTOPEN, PROTOCOL, EMPTY, SCHEMA, TOOBIG = range(10, 19)
CONSTRAINT, MISMATCH, MISUSE, NOLFS, AUTH, FORMAT, RANGE, NOTADB = range(19, 27)
ROW, DONE = 100, 101
INTEGER, FLOAT, TEXT, BLOB, NULL = 1, 2, 3, 4, 5
UTF8 = 1
DETERMINISTIC = 0x800
OPEN_READWRITE, OPEN_CREATE, OPEN_URI = 0x2, 0x4, 0x40
TRANSIENT = -1

PtrArray = _rawffi.Array('P')
charp2rawstring = _rawffi.charp2rawstring
alloc = _rawffi.alloc
free = _rawffi.free


def cstring(text):
    """str -> a malloc'ed NUL-terminated UTF-8 copy, its address and length (free() it)."""
    data = text.encode('utf-8')
    n = len(data)
    buf = alloc(n + 1)
    if n:
        memcpy(buf, data, n)
    return buf, n


def text_at(p, n):
    """The n bytes at p (b'' for a NULL pointer or n == 0)."""
    return charp2rawstring(p, n) if n else b''


# Objects bound and returned as BLOBs besides bytes. (tspy has no memoryview yet.)
try:
    BUFFERS = (bytes, bytearray, memoryview)
except NameError:
    BUFFERS = (bytes, bytearray)
