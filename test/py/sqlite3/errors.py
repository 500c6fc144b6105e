# sqlite3 errors: the DB-API exception hierarchy and CPython 3.11's exceptions and messages for
# SQL errors, constraint violations, binding mistakes, integer overflow, closed objects, and
# misuse of execute/executemany/executescript.
import sqlite3

names = ['Warning', 'Error', 'InterfaceError', 'DatabaseError', 'DataError', 'OperationalError',
         'IntegrityError', 'InternalError', 'ProgrammingError', 'NotSupportedError']
for n in names:
    cls = getattr(sqlite3, n)
    print(n, cls.__module__, cls.__bases__[0].__name__, issubclass(cls, Exception))

con = sqlite3.connect(':memory:')
con.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, n INTEGER CHECK (n >= 0))')
con.execute("INSERT INTO t (name, n) VALUES ('a', 1)")


def attempt(label, fn, *args):
    try:
        r = fn(*args)
        print(label, 'ok', r if not isinstance(r, sqlite3.Cursor) else r.fetchall())
    except Exception as e:
        extra = ''
        if hasattr(e, 'sqlite_errorcode'):
            extra = f' [{e.sqlite_errorcode} {e.sqlite_errorname}]'
        print(label, type(e).__name__, str(e) + extra)


ex = con.execute
attempt('syntax', ex, 'selec 1')
attempt('syntax2', ex, 'SELECT FROM')
attempt('no table', ex, 'SELECT * FROM x')
attempt('no column', ex, 'SELECT nope FROM t')
attempt('unique', ex, "INSERT INTO t (name, n) VALUES ('a', 2)")
attempt('not null', ex, 'INSERT INTO t (name, n) VALUES (NULL, 2)')
attempt('check', ex, "INSERT INTO t (name, n) VALUES ('b', -1)")
attempt('primary key', ex, "INSERT INTO t (id, name, n) VALUES (1, 'c', 2)")
attempt('mismatch', ex, "INSERT INTO t (id, name) VALUES ('x', 'd')")
attempt('too few bindings', ex, 'SELECT ?, ?', (1,))
attempt('too many bindings', ex, 'SELECT ?', (1, 2))
attempt('no bindings', ex, 'SELECT ?')
attempt('bindings for none', ex, 'SELECT 1', (1,))
attempt('missing name', ex, 'SELECT :a, :b', {'a': 1})
attempt('dict for qmark', ex, 'SELECT ?', {'a': 1})
attempt('unsupported param type', ex, 'SELECT ?', (object(),))
attempt('unsupported list param', ex, 'SELECT ?', ([1],))
attempt('unsupported params', ex, 'SELECT ?', 42)
attempt('None params', ex, 'SELECT 1', None)
attempt('str params', ex, 'SELECT ?, ?', 'ab')
attempt('int too big', ex, 'SELECT ?', (2**63,))
attempt('int too small', ex, 'SELECT ?', (-2**63 - 1,))
attempt('int edge', ex, 'SELECT ?', (-2**63,))
attempt('two statements', ex, 'SELECT 1; SELECT 2')
attempt('null char', ex, 'SELECT 1\x00')
attempt('sql not str', ex, 42)
attempt('sql bytes', ex, b'SELECT 1')
attempt('executemany select', con.executemany, 'SELECT ?', [(1,), (2,)])
attempt('executemany bad seq', con.executemany, 'INSERT INTO t (name) VALUES (?)', 5)
attempt('executemany ok', con.executemany, 'INSERT INTO t (name, n) VALUES (?, ?)', [('m', 1), ('n', 2)])
attempt('executemany unique', con.executemany, 'INSERT INTO t (name, n) VALUES (?, ?)', [('o', 1), ('o', 2)])
print(con.execute("SELECT name FROM t WHERE name = 'o'").fetchall())
attempt('executescript error', con.executescript, 'CREATE TABLE u (a); INSERT INTO nowhere VALUES (1);')
attempt('executescript not str', con.executescript, None)
print(con.execute("SELECT name FROM sqlite_master WHERE name = 'u'").fetchall())
attempt('bad isolation', sqlite3.connect, ':memory:', 5.0, 0, 'NOPE')
attempt('cannot open', sqlite3.connect, '/nonexistent-dir/sub/x.db')
attempt('readonly uri', sqlite3.connect, 'file:nope?mode=ro', 5.0, 0, '', True, sqlite3.Connection, 128, True)

# The error leaves the connection usable; the failed statement can be retried.
print(con.execute('SELECT count(*) FROM t').fetchone())
cur = con.cursor()
attempt('cursor after error', cur.execute, 'SELECT * FROM missing')
print(cur.rowcount, cur.description)
print(cur.execute('SELECT 1').fetchall())

# Closed cursor and connection.
cur.close()
attempt('closed cursor execute', cur.execute, 'SELECT 1')
attempt('closed cursor fetch', cur.fetchone)
c2 = sqlite3.connect(':memory:')
cur2 = c2.cursor()
c2.close()
c2.close()
attempt('closed execute', c2.execute, 'SELECT 1')
attempt('closed cursor()', c2.cursor)
attempt('closed commit', c2.commit)
attempt('closed rollback', c2.rollback)
attempt('closed create_function', c2.create_function, 'f', 1, len)
attempt('closed in_transaction', lambda: c2.in_transaction)
attempt('closed total_changes', lambda: c2.total_changes)
attempt('cursor of closed', cur2.execute, 'SELECT 1')
attempt('cursor of closed fetch', cur2.fetchall)
try:
    raise sqlite3.IntegrityError('custom')
except sqlite3.DatabaseError as e:
    print('catch by base', type(e).__name__, e, hasattr(e, 'sqlite_errorcode'))
try:
    con.execute('SELECT * FROM nowhere')
except sqlite3.Error as e:
    print('args', e.args)
con.execute('SELECT * FROM nowhere')
