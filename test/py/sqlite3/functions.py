# User-defined SQL functions: arguments of every SQLite type arrive as int/float/str/bytes/None,
# results of every Python type go back, 0/2/variadic arities, deterministic, replacing and
# removing a function, and a Python exception inside making the statement fail as in CPython.
import sqlite3

con = sqlite3.connect(':memory:')


def describe(x):
    return f'{type(x).__name__}:{x!r}'


con.create_function('describe', 1, describe)
for sql in ['1', '-9223372036854775808', '9223372036854775807', '2.5', '1e300', "'text'", "'ünï ✓'",
            "''", "x'00ff'", "x''", 'NULL', '1 = 1', "CAST('7' AS INTEGER)"]:
    print(sql, '->', con.execute(f'SELECT describe({sql})').fetchone()[0])
print(con.execute('SELECT describe(?)', (b'\x00bin',)).fetchone()[0])
print(con.execute('SELECT describe(?)', ('with\x00nul',)).fetchone()[0])

results = {'int': 42, 'neg': -2**63, 'big': 2**63 - 1, 'float': 0.1, 'str': 'héllo', 'empty': '',
           'bytes': b'\x01\x02', 'nobytes': b'', 'none': None, 'true': True, 'bytearray': bytearray(b'ba')}
con.create_function('result', 1, lambda k: results[k])
for k in results:
    v, t = con.execute('SELECT result(?), typeof(result(?))', (k, k)).fetchone()
    print(k, repr(v), t)

con.create_function('plus', 2, lambda a, b: a + b)
con.create_function('answer', 0, lambda: 42)
con.create_function('count_args', -1, lambda *args: len(args))
con.create_function('joined', -1, lambda *args: '|'.join(map(str, args)))
print(con.execute("SELECT plus(1, 2), plus(1.5, 2), plus('a', 'b'), plus(x'01', x'02'), answer()").fetchone())
print(con.execute("SELECT count_args(), count_args(1), count_args(1, 'a', NULL, 2.5)").fetchone())
print(con.execute("SELECT joined(1, 'two', 3.0, NULL, x'41')").fetchone())
con.create_function('sq', 1, lambda x: x * x, deterministic=True)
print(con.execute('SELECT sq(12), sq(0.5)').fetchone())

# Used in a table scan, WHERE clause and ORDER BY.
con.execute('CREATE TABLE t (a INTEGER, b TEXT)')
con.executemany('INSERT INTO t VALUES (?, ?)', [(i, chr(ord('a') + i)) for i in range(10)])
print(con.execute('SELECT b FROM t WHERE sq(a) > 20 ORDER BY sq(a) DESC').fetchall())
print(con.execute('SELECT sum(plus(a, 1)) FROM t').fetchone())

# Replacing and removing.
con.create_function('answer', 0, lambda: 'replaced')
print(con.execute('SELECT answer()').fetchone())
con.create_function('answer', 0, None)
try:
    con.execute('SELECT answer()')
except sqlite3.OperationalError as e:
    print('OperationalError', e)
try:
    con.execute('SELECT plus(1)')
except sqlite3.OperationalError as e:
    print('OperationalError', e)

# Exceptions inside: the statement fails, the connection keeps working.
def boom(x):
    raise ValueError('no')


con.create_function('boom', 1, boom)
con.create_function('bad_result', 1, lambda x: [x])
con.create_function('too_big', 1, lambda x: 2**64)
con.create_function('div', 2, lambda a, b: a / b)
for sql in ['SELECT boom(1)', 'SELECT bad_result(1)', 'SELECT too_big(1)', 'SELECT div(1, 0)',
            'SELECT a FROM t WHERE boom(a)', "SELECT describe(1), boom('x')"]:
    try:
        print(con.execute(sql).fetchall())
    except sqlite3.Error as e:
        print(sql, '->', type(e).__name__, e)
print(con.execute('SELECT div(7, 2), count(*) FROM t').fetchone())
con.execute('INSERT INTO t VALUES (100, ?)', ('x',))
try:
    con.execute('UPDATE t SET b = boom(b) WHERE a = 100')
except sqlite3.OperationalError as e:
    print('update', e)
print(con.execute('SELECT b FROM t WHERE a = 100').fetchone(), con.in_transaction)

# Errors registering.
for args in [(1, 1, len), ('f', 1000, len)]:
    try:
        con.create_function(*args)
    except (TypeError, sqlite3.OperationalError, sqlite3.ProgrammingError) as e:
        print(type(e).__name__, e)

# Many rows through one function (the argv view is reused), and recursion into SQL.
con.create_function('inc', 1, lambda x: x + 1)
print(con.execute('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < 20000) '
                  'SELECT sum(inc(x)), count(*) FROM c').fetchone())
inner = sqlite3.connect(':memory:')
con.create_function('nested', 1, lambda x: inner.execute('SELECT ? * 2', (x,)).fetchone()[0])
print(con.execute('SELECT nested(21), nested(nested(5))').fetchone())
