# sqlite3.Cursor and sqlite3.Row: executing statements (implicit BEGIN before DML, binding,
# stepping), reading result rows column by column, and the fetch methods. Rows are read lazily
# as in CPython 3.11: execute() runs the first step, each fetched row steps to the next.

from sqlite3 import _capi as C
from sqlite3._errors import ProgrammingError, OperationalError, error_from, typename
from sqlite3 import _adapt
from sqlite3._udf import pending as _pending

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

_step, _ROW, _DONE = C.step, C.ROW, C.DONE
_column_type, _column_int64, _column_double = C.column_type, C.column_int64, C.column_double
_column_text, _column_blob, _column_bytes = C.column_text, C.column_blob, C.column_bytes
_charp2rawstring = C.charp2rawstring


class Cursor:
    __module__ = 'sqlite3'

    def __init__(self, connection):
        from sqlite3._connection import Connection
        if not isinstance(connection, Connection):
            raise TypeError(f'Cursor() argument 1 must be sqlite3.Connection, not {typename(connection)}')
        self.connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self._stmt = None
        self._casts = None
        self._ahead = []        # rows read ahead of the fetches, last row first (see _read_ahead)
        self._ahead_error = None
        self._closed = False

    def _check(self):
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed cursor.')
        return self.connection._check()

    def _release(self, drop_ahead=True):
        if drop_ahead:
            self._ahead = []
            self._ahead_error = None
        stmt = self._stmt
        if stmt is not None:
            self._stmt = None
            if stmt.cached:
                stmt.reset()
            else:
                stmt.finalize()

    def execute(self, sql, parameters=(), /):
        if type(sql) is not str:
            raise TypeError(f'execute() argument 1 must be str, not {typename(sql)}')
        return self._execute(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters, /):
        if type(sql) is not str:
            raise TypeError(f'executemany() argument 1 must be str, not {typename(sql)}')
        return self._execute(sql, seq_of_parameters, True)

    def _execute(self, sql, params_iter, multiple):
        conn = self._check()
        db = conn._db
        self._release()
        self.description = None
        self.rowcount = -1
        try:
            it = iter(params_iter)
            stmt = conn._statement(sql)
            stmt.in_use = True
            stmt.owner = self
            self._stmt = stmt
            self.rowcount = 0 if stmt.is_dml else -1
            if stmt.is_dml and conn._begin is not None and C.get_autocommit(db):
                conn._exec(conn._begin)
            st = stmt.st
            for params in it:
                stmt.bind(params)
                rc = _step(st) if st else _DONE
                if rc != _ROW and rc != _DONE:
                    C.reset(st)
                    _pending.clear()
                    raise error_from(db)
                if _pending:
                    raise _pending.pop()
                if self.description is None:
                    ncols = C.column_count(st) if st else 0
                    if ncols:
                        self._describe(st, ncols, conn.detect_types)
                if not multiple:
                    self.lastrowid = C.last_insert_rowid(db)
                if rc == _ROW:
                    if multiple:
                        raise ProgrammingError('executemany() can only execute DML statements.')
                    return self
                if stmt.is_dml:
                    self.rowcount += C.changes(db)
                if multiple and st:
                    C.reset(st)
            self._release()
            return self
        except BaseException:
            self._release()
            self.rowcount = -1
            raise

    def _describe(self, st, ncols, detect):
        names = []
        casts = None
        for i in range(ncols):
            raw = C.column_name(st, i)
            name = raw.decode('utf-8') if raw is not None else None
            conv = None
            if detect:
                if detect & PARSE_COLNAMES and name is not None:
                    l = name.find('[')
                    if l >= 0:
                        r = name.find(']', l)
                        if r >= 0:
                            conv = _adapt.converters.get(name[l + 1:r].upper())
                if conv is None and detect & PARSE_DECLTYPES:
                    decl = C.column_decltype(st, i)
                    if decl:
                        conv = _adapt.converters.get(decl.decode('utf-8').split('(')[0].split(' ')[0].upper())
                if conv is not None:
                    casts = casts or [None] * ncols
                    casts[i] = conv
            if detect & PARSE_COLNAMES and name is not None:
                cut = name.find(' [')
                if cut >= 0:
                    name = name[:cut]
            names.append((name, None, None, None, None, None, None))
        self.description = tuple(names)
        self._casts = casts

    def executescript(self, sql_script, /):
        if type(sql_script) is not str:
            raise TypeError(f'executescript() argument must be str, not {typename(sql_script)}')
        conn = self._check()
        self._release()
        if '\0' in sql_script:
            raise ValueError('embedded null character')
        db = conn._db
        if not C.get_autocommit(db):
            conn._exec('COMMIT')
        buf, n = C.cstring(sql_script)
        out = C.PtrArray(2)
        try:
            pos = buf
            end = buf + n
            while pos < end:
                if C.prepare_v2(db, pos, end - pos + 1, out.buffer, out.buffer + 8) != C.OK:
                    raise error_from(db)
                st = out[0]
                pos = out[1] or end
                if not st:
                    continue
                rc = _step(st)
                while rc == _ROW:
                    rc = _step(st)
                if rc != _DONE:
                    C.finalize(st)
                    raise error_from(db)
                if C.finalize(st) != C.OK:
                    raise error_from(db)
        finally:
            out.free()
            C.free(buf)
        return self

    def _row(self, st):
        n = len(self.description)
        conn = self.connection
        casts = self._casts
        row = []
        for i in range(n):
            t = _column_type(st, i)
            if casts is not None and casts[i] is not None and t != C.NULL:
                nb = _column_bytes(st, i)
                v = casts[i](C.text_at(_column_blob(st, i), nb))
            elif t == 1:
                v = _column_int64(st, i)
            elif t == 2:
                v = _column_double(st, i)
            elif t == 3:
                p = _column_text(st, i)
                data = _charp2rawstring(p, _column_bytes(st, i))
                factory = conn.text_factory
                if factory is str:
                    try:
                        v = data.decode('utf-8')
                    except UnicodeDecodeError:
                        col = self.description[i][0]
                        raise OperationalError(f"Could not decode to UTF-8 column '{col}' with text "
                                               f"'{data.decode('utf-8', 'replace')}'") from None
                elif factory is bytes:
                    v = data
                else:
                    v = factory(data)
            elif t == 4:
                nb = _column_bytes(st, i)
                v = _charp2rawstring(_column_blob(st, i), nb) if nb else b''
            else:
                v = None
            row.append(v)
        return tuple(row)

    def __iter__(self):
        return self

    def _read_next(self):
        """The current row of the statement (a tuple), stepping to the next; None when done."""
        stmt = self._stmt
        if stmt is None:
            return None
        st = stmt.st
        row = self._row(st)
        rc = _step(st)
        if _pending and (rc == _DONE or rc == _ROW):
            self._release(False)
            raise _pending.pop()
        if rc == _DONE:
            if stmt.is_dml:
                self.rowcount = C.changes(self.connection._db)
            self._release(False)
        elif rc != _ROW:
            C.reset(st)
            self._release(False)
            raise error_from(self.connection._db)
        return row

    def _read_ahead(self, limit):
        """Read up to limit more rows into the read-ahead buffer. Another cursor wants our cached
        statement: without reference counts we cannot tell whether this cursor is still in use,
        so instead of preparing a new statement (and leaking ours if this cursor was dropped), we
        buffer the rest of a small result and hand the statement over. True if it was released."""
        rows = []
        try:
            while self._stmt is not None and len(rows) < limit:
                rows.append(self._read_next())
        except Exception as e:
            self._ahead_error = e
        rows.reverse()
        self._ahead = rows + self._ahead
        return self._stmt is None

    def __next__(self):
        self._check()
        if self._ahead:
            row = self._ahead.pop()
        else:
            row = self._read_next()
            if row is None:
                error = self._ahead_error
                if error is not None:
                    self._ahead_error = None
                    raise error
                raise StopIteration
        factory = self.row_factory
        if factory is not None:
            row = factory(self, row)
        return row

    def fetchone(self):
        try:
            return self.__next__()
        except StopIteration:
            return None

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        rows = []
        n = 0
        for row in self:
            rows.append(row)
            n += 1
            if n == size:
                break
        return rows

    def fetchall(self):
        return list(self)

    def close(self):
        if not self._closed:
            self.connection._check()
        self._release()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsizes(self, size, column=None, /):
        pass


def _same_name(a, b):
    return a == b or a.lower() == b.lower()


class Row:
    __module__ = 'sqlite3'
    __slots__ = ('_desc', '_data')

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError(f'Row() argument 1 must be sqlite3.Cursor, not {typename(cursor)}')
        if not isinstance(data, tuple):
            raise TypeError(f'Row() argument 2 must be tuple, not {typename(data)}')
        self._desc = cursor.description
        self._data = data

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            for i, d in enumerate(self._desc):
                if _same_name(d[0], key):
                    return self._data[i]
            raise IndexError('No item with that key')
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError('Index must be int or string')

    def keys(self):
        return [d[0] for d in self._desc] if self._desc else []

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._desc == other._desc and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._desc) ^ hash(self._data)
