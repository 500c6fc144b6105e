# sqlite3 for tspy: the DB-API 2.0 module of CPython 3.11 written in Python over the FFI
# (_ffi typed function pointers and _rawffi callbacks on the system libsqlite3).
# The implementation lives in the private modules beside this file; dbapi2 is the public face.

from sqlite3.dbapi2 import *
from sqlite3.dbapi2 import (sqlite_version, sqlite_version_info, version, version_info,
                            adapters, converters, Binary, PrepareProtocol)
