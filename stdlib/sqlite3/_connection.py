# sqlite3.Connection: opening the database, the statement cache, transactions (CPython 3.11's
# isolation_level rules: an implicit BEGIN before INSERT/UPDATE/DELETE/REPLACE), the context
# manager, and registering user-defined functions, aggregates and collations.

import os
from sqlite3 import _capi as C
from sqlite3 import _udf
from sqlite3._errors import ProgrammingError, OperationalError, error_from, typename
from sqlite3._statement import Statement, prepare
from sqlite3._cursor import Cursor

_LEVELS = ('', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE')
# A busy cached statement is taken over from its cursor when at most this many rows remain.
_READ_AHEAD = 64


class Connection:
    __module__ = 'sqlite3'

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level='',
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        self._db = 0
        if isinstance(database, bytes):
            path = database.decode('utf-8')
        else:
            path = os.fspath(database)
        flags = C.OPEN_READWRITE | C.OPEN_CREATE | (C.OPEN_URI if uri else 0)
        out = C.PtrArray(1)
        try:
            rc = C.open_v2(path.encode('utf-8'), out.buffer, flags, None)
            db = out[0]
        finally:
            out.free()
        if rc != C.OK:
            exc = error_from(db) if db else MemoryError()
            C.close_v2(db)
            raise exc
        self._db = db
        C.busy_timeout(db, int(timeout * 1000))
        self.detect_types = detect_types
        self.row_factory = None
        self.text_factory = str
        self._cache = {}
        self._cache_size = cached_statements
        self._others = []      # uncached statements still alive (finalized on close)
        self._callbacks = []   # CallbackPtrs SQLite may call: kept alive with the connection
        self._level = None
        self._begin = None
        self.isolation_level = isolation_level

    # -- state ---------------------------------------------------------------------------

    def _check(self):
        if not self._db:
            raise ProgrammingError('Cannot operate on a closed database.')
        return self

    @property
    def isolation_level(self):
        return self._level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None:
            if self._db and not C.get_autocommit(self._db):
                self._exec('COMMIT')
            self._level = self._begin = None
            return
        if not isinstance(level, str):
            raise TypeError('isolation_level must be str or None')
        upper = level.upper()
        if upper not in _LEVELS:
            raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
        self._level = upper
        self._begin = 'BEGIN ' + upper

    @property
    def in_transaction(self):
        return not C.get_autocommit(self._check()._db)

    @property
    def total_changes(self):
        return C.total_changes(self._check()._db)

    # -- statements ----------------------------------------------------------------------

    def _statement(self, sql):
        """The prepared statement for sql: the cached one unless a cursor is using it."""
        cache = self._cache
        stmt = cache.get(sql)
        if stmt is not None:
            if not stmt.in_use:
                return stmt
            owner = stmt.owner
            if owner is not None and owner._read_ahead(_READ_AHEAD):
                return stmt
        fresh = Statement(self._db, sql)
        if stmt is not None:
            # Still busy with many rows left: that cursor keeps it (finalized when it lets go).
            stmt.cached = False
            self._others.append(stmt)
            self._prune()
            fresh.cached = True
            cache[sql] = fresh
            return fresh
        if self._cache_size <= 0:
            self._others.append(fresh)
            self._prune()
            return fresh
        if len(cache) >= self._cache_size:
            oldest = next(iter(cache))
            old = cache.pop(oldest)
            if old.in_use:
                old.cached = False
                self._others.append(old)
            else:
                old.finalize()
        fresh.cached = True
        cache[sql] = fresh
        return fresh

    def _prune(self):
        if len(self._others) > 256:
            self._others = [s for s in self._others if s.st]

    def _exec(self, sql):
        """Run one statement that returns no rows (BEGIN, COMMIT, ROLLBACK)."""
        db = self._db
        st, _ = prepare(db, sql)
        rc = C.step(st)
        if rc != C.DONE and rc != C.ROW:
            C.finalize(st)
            raise error_from(db)
        C.finalize(st)

    def cursor(self, factory=Cursor):
        self._check()
        cur = factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError(f'factory must return a cursor, not {type(cur).__name__}')
        if self.row_factory is not None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if not C.get_autocommit(self._db):
            self._exec('COMMIT')

    def rollback(self):
        self._check()
        if not C.get_autocommit(self._db):
            self._exec('ROLLBACK')

    def close(self):
        db = self._db
        if not db:
            return
        for stmt in list(self._cache.values()) + self._others:
            stmt.finalize()
        self._cache.clear()
        self._others = []
        self._db = 0
        C.close_v2(db)

    def iterdump(self):
        from sqlite3._dump import iterdump
        return iterdump(self._check())

    def interrupt(self):
        C.interrupt(self._check()._db)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None and exc_value is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    # -- user-defined functions ----------------------------------------------------------

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_function() argument 'name' must be str, not {typename(name)}")
        flags = C.UTF8 | (C.DETERMINISTIC if deterministic else 0)
        # As in CPython 3.11, func=None is registered as is (calling it raises in SQL).
        cb = _udf.function(func, narg)
        self._callbacks.append(cb)
        rc = C.create_function_v2(self._db, name.encode('utf-8'), narg, flags, None, cb.buffer, None, None, None)
        if rc != C.OK:
            raise OperationalError('Error creating function')

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_aggregate() argument 'name' must be str, not {typename(name)}")
        step, final = _udf.aggregate(aggregate_class)
        self._callbacks += (step, final)
        rc = C.create_function_v2(self._db, name.encode('utf-8'), n_arg, C.UTF8, None, None,
                                  step.buffer, final.buffer, None)
        if rc != C.OK:
            raise OperationalError('Error creating aggregate')

    def create_collation(self, name, callable, /):
        self._check()
        if not isinstance(name, str):
            raise TypeError(f'create_collation() argument 1 must be str, not {typename(name)}')
        if callable is None:
            rc = C.create_collation_v2(self._db, name.encode('utf-8'), C.UTF8, None, None, None)
        else:
            if not hasattr(callable, '__call__'):
                raise TypeError('parameter must be callable')
            cb = _udf.collation(callable)
            self._callbacks.append(cb)
            rc = C.create_collation_v2(self._db, name.encode('utf-8'), C.UTF8, None, cb.buffer, None)
        if rc != C.OK:
            raise error_from(self._db)
