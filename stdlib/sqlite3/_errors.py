# The DB-API 2.0 exception hierarchy of the sqlite3 module, and the translation of a SQLite
# error (the connection's errcode/errmsg) into the exception CPython raises for it, carrying
# sqlite_errorcode (the extended code) and sqlite_errorname as CPython 3.11 does.

from sqlite3 import _capi as C


class Warning(Exception):
    __module__ = 'sqlite3'


class Error(Exception):
    __module__ = 'sqlite3'


class InterfaceError(Error):
    __module__ = 'sqlite3'


class DatabaseError(Error):
    __module__ = 'sqlite3'


class DataError(DatabaseError):
    __module__ = 'sqlite3'


class OperationalError(DatabaseError):
    __module__ = 'sqlite3'


class IntegrityError(DatabaseError):
    __module__ = 'sqlite3'


class InternalError(DatabaseError):
    __module__ = 'sqlite3'


class ProgrammingError(DatabaseError):
    __module__ = 'sqlite3'


class NotSupportedError(DatabaseError):
    __module__ = 'sqlite3'


# Primary result code -> exception class (CPython's get_exception_class).
_CLASSES = {
    C.INTERNAL: InternalError, C.NOTFOUND: InternalError,
    C.ERROR: OperationalError, C.PERM: OperationalError, C.ABORT: OperationalError,
    C.BUSY: OperationalError, C.LOCKED: OperationalError, C.READONLY: OperationalError,
    C.INTERRUPT: OperationalError, C.IOERR: OperationalError, C.FULL: OperationalError,
    C.CANTOPEN: OperationalError, C.PROTOCOL: OperationalError, C.EMPTY: OperationalError,
    C.SCHEMA: OperationalError,
    C.CORRUPT: DatabaseError, C.TOOBIG: DataError,
    C.CONSTRAINT: IntegrityError, C.MISMATCH: IntegrityError,
    C.MISUSE: InterfaceError, C.RANGE: InterfaceError,
}

# Result code names: the primary codes in order, then the extended codes most often seen.
ERROR_NAMES = dict(enumerate(
    'OK ERROR INTERNAL PERM ABORT BUSY LOCKED NOMEM READONLY INTERRUPT IOERR CORRUPT NOTFOUND '
    'FULL CANTOPEN PROTOCOL EMPTY SCHEMA TOOBIG CONSTRAINT MISMATCH MISUSE NOLFS AUTH FORMAT '
    'RANGE NOTADB NOTICE WARNING'.split()))
ERROR_NAMES.update({
    100: 'ROW', 101: 'DONE', 275: 'CONSTRAINT_CHECK', 531: 'CONSTRAINT_COMMITHOOK',
    787: 'CONSTRAINT_FOREIGNKEY', 1043: 'CONSTRAINT_FUNCTION', 1299: 'CONSTRAINT_NOTNULL',
    1555: 'CONSTRAINT_PRIMARYKEY', 1811: 'CONSTRAINT_TRIGGER', 2067: 'CONSTRAINT_UNIQUE',
    2323: 'CONSTRAINT_VTAB', 2579: 'CONSTRAINT_ROWID', 261: 'BUSY_RECOVERY', 262: 'LOCKED_SHAREDCACHE',
    264: 'READONLY_RECOVERY', 266: 'IOERR_READ', 516: 'ABORT_ROLLBACK', 1032: 'READONLY_DBMOVED',
})
ERROR_NAMES = {code: 'SQLITE_' + name for code, name in ERROR_NAMES.items()}


def error_from(db, code=None):
    """The exception for the connection's current error (code: the result code if known)."""
    primary = C.errcode(db) if code is None else code & 0xff
    if primary == C.NOMEM:
        return MemoryError()
    msg = C.errmsg(db)
    exc = _CLASSES.get(primary, DatabaseError)(msg.decode('utf-8', 'replace') if msg else 'not an error')
    extended = C.extended_errcode(db)
    exc.sqlite_errorcode = extended
    exc.sqlite_errorname = ERROR_NAMES.get(extended, 'SQLITE_UNKNOWN')
    return exc


def typename(o):
    """How CPython's argument errors name the type of o ('None' for None)."""
    return 'None' if o is None else type(o).__name__
