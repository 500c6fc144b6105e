# The public namespace of the sqlite3 module (as CPython's sqlite3.dbapi2): connect(), the
# Connection/Cursor/Row classes, the exceptions, adapters and converters, and the constants.

from sqlite3 import _capi as _C
from sqlite3._errors import (Warning, Error, InterfaceError, DatabaseError, DataError,
                             OperationalError, IntegrityError, InternalError, ProgrammingError,
                             NotSupportedError)
from sqlite3._connection import Connection
from sqlite3._cursor import Cursor, Row, PARSE_DECLTYPES, PARSE_COLNAMES
from sqlite3._adapt import (PrepareProtocol, adapters, converters, register_adapter,
                            register_converter, adapt)
from sqlite3._udf import enable_callback_tracebacks

paramstyle = 'qmark'
threadsafety = 3
apilevel = '2.0'
version = '2.6.0'
version_info = (2, 6, 0)
sqlite_version = _C.libversion().decode('ascii')
sqlite_version_info = tuple(int(x) for x in sqlite_version.split('.'))

SQLITE_OK, SQLITE_DENY, SQLITE_IGNORE = 0, 1, 2
SQLITE_DETERMINISTIC = _C.DETERMINISTIC

Binary = _C.BUFFERS[-1]  # memoryview (bytearray where tspy lacks it)


def connect(database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    return factory(database, timeout, detect_types, isolation_level, check_same_thread, factory,
                   cached_statements, uri)


def complete_statement(statement):
    return bool(_C.complete(statement.encode('utf-8')))
