# sqlite3 basics: schema, inserts with qmark and named parameters, queries and the fetch
# methods, cursor attributes (description, rowcount, lastrowid, arraysize), executemany,
# executescript, and values of every SQLite type both ways.
import sqlite3

print(sqlite3.apilevel, sqlite3.paramstyle, sqlite3.threadsafety)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, type(sqlite3.sqlite_version).__name__)
print(sqlite3.sqlite_version_info >= (3, 7, 15), len(sqlite3.sqlite_version_info))

con = sqlite3.connect(':memory:')
cur = con.cursor()
print(cur.connection is con, cur.arraysize, cur.description, cur.rowcount, cur.lastrowid)
cur.execute('CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT UNIQUE, age INTEGER, score REAL, photo BLOB)')
print('create rowcount', cur.rowcount, 'description', cur.description)
cur.execute('INSERT INTO people (name, age, score, photo) VALUES (?, ?, ?, ?)', ('ann', 31, 9.5, b'\x89PNG'))
print('insert', cur.rowcount, cur.lastrowid)
cur.execute('INSERT INTO people (name, age, score, photo) VALUES (:name, :age, :score, :photo)',
            {'name': 'bob', 'age': 27, 'score': 7.25, 'photo': None})
print('insert named', cur.rowcount, cur.lastrowid)
cur.execute('INSERT INTO people (name, age) VALUES (?, ?)', ['cid', 45])
cur.executemany('INSERT INTO people (name, age, score) VALUES (?, ?, ?)',
                [('dan', 19, 5.0), ('eve', 52, 8.125), ('fay', 38, None)])
print('executemany rowcount', cur.rowcount, 'lastrowid', cur.lastrowid)
cur.executemany('INSERT INTO people (name, age) VALUES (:n, :a)', iter([{'n': 'gus', 'a': 60}, {'n': 'hal', 'a': 23}]))
print('executemany iterator', cur.rowcount)

cur.execute('SELECT id, name, age FROM people ORDER BY id')
print([d[0] for d in cur.description], len(cur.description[0]), cur.description[0][1:])
print('fetchone', cur.fetchone())
print('fetchmany default', cur.fetchmany())
cur.arraysize = 2
print('fetchmany arraysize', cur.fetchmany())
print('fetchmany 3', cur.fetchmany(3))
print('fetchall', cur.fetchall())
print('exhausted', cur.fetchone(), cur.fetchall(), cur.fetchmany(5))
print('rowcount after select', cur.rowcount)

for row in con.execute('SELECT name, age FROM people WHERE age > ? ORDER BY age DESC', (40,)):
    print('iter', row)
print(con.execute('SELECT count(*), sum(age), avg(score), max(name) FROM people').fetchone())
print(con.execute('SELECT name FROM people WHERE name = :who', {'who': 'eve'}).fetchall())
print(con.execute('SELECT name FROM people WHERE age BETWEEN ?1 AND ?2 ORDER BY ?1, name', (20, 40)).fetchall())
print(con.execute('SELECT $x + @y', {'x': 1, 'y': 2}).fetchone())

up = con.execute('UPDATE people SET age = age + 1 WHERE age < ?', (30,))
print('update rowcount', up.rowcount)
de = con.execute('DELETE FROM people WHERE name IN (?, ?)', ('gus', 'hal'))
print('delete rowcount', de.rowcount)
print(con.execute('REPLACE INTO people (id, name, age) VALUES (1, ?, ?)', ('ann', 99)).rowcount)
print(con.execute('SELECT id, name, age, score, photo FROM people WHERE id = 1').fetchone())

# Values both ways.
vals = [0, 1, -1, 2**31, -2**31 - 1, 2**53 + 1, 2**63 - 1, -2**63, 0.5, -2.75, 1e308, 1e-300,
        float('inf'), float('-inf'), '', 'plain', 'ünïcødé ✓ 🐍', 'a\nb', b'', b'\x00\x01\xff', None, True, False]
con.execute('CREATE TABLE v (x)')
con.executemany('INSERT INTO v VALUES (?)', [(v,) for v in vals])
for (x,), v in zip(con.execute('SELECT x FROM v ORDER BY rowid'), vals):
    print(repr(x), type(x).__name__, x == v)
print(con.execute('SELECT typeof(x), count(*) FROM v GROUP BY typeof(x) ORDER BY 1').fetchall())
print(con.execute("SELECT 1, 1.0, 'one', x'01ff', NULL").fetchone())
print(con.execute('SELECT ?', (bytearray(b'ba'),)).fetchone())
print(con.execute('SELECT ?, length(CAST(? AS BLOB))', ('a\x00b', 'a\x00b')).fetchone())
nan = con.execute('SELECT ?', (float('nan'),)).fetchone()[0]
print('nan binds as', nan)

# executescript: several statements, comments, no parameters; returns the cursor.
c2 = con.executescript('''
    -- a comment
    CREATE TABLE s (a, b);
    INSERT INTO s VALUES (1, 'x');  /* another */
    INSERT INTO s VALUES (2, 'y');
    SELECT * FROM s;
''')
print(type(c2).__name__, con.execute('SELECT * FROM s').fetchall())
print(con.execute('').fetchall(), con.execute('  -- only a comment').fetchall())
print(con.execute('SELECT 1;').fetchall(), con.execute('SELECT 2; -- trailing').fetchall())

# Two cursors on the same SQL at once (the cached statement is busy: a second one is made).
q = 'SELECT x FROM v WHERE typeof(x) = ? ORDER BY rowid'
a = con.execute(q, ('integer',))
b = con.execute(q, ('text',))
print(a.fetchone(), b.fetchone(), a.fetchone(), b.fetchone())
a.close()
print(b.fetchall())
print(sqlite3.complete_statement('SELECT 1;'), sqlite3.complete_statement('SELECT 1'))
con.close()
print('closed')
