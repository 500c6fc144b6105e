# sqlite3.Row (index, negative index, slice, case-insensitive name, keys, len, iteration,
# equality, hash) and the row_factory / text_factory hooks of connections and cursors.
import sqlite3

con = sqlite3.connect(':memory:')
con.execute('CREATE TABLE t (id INTEGER, Name TEXT, data BLOB)')
con.executemany('INSERT INTO t VALUES (?, ?, ?)', [(1, 'one', b'\x01'), (2, 'two', None)])

con.row_factory = sqlite3.Row
row = con.execute('SELECT id, Name, data FROM t ORDER BY id').fetchone()
print(type(row).__name__, isinstance(row, sqlite3.Row))
print(row[0], row[1], row[-1], row[0:2], row[::-1])
print(row['id'], row['name'], row['NAME'], row['Name'], row['data'])
print(row.keys(), len(row), list(row), tuple(row))
for key in ['nope', 5, -4, 1.5, None]:
    try:
        row[key]
    except IndexError as e:
        print('IndexError', e)
rows = con.execute('SELECT id, Name, data FROM t ORDER BY id').fetchall()
again = con.execute('SELECT id, Name, data FROM t ORDER BY id').fetchall()
print(rows[0] == again[0], rows[0] != again[0], rows[0] == rows[1], rows[0] == (1, 'one', b'\x01'))
print(hash(rows[0]) == hash(again[0]), len({rows[0], again[0], rows[1]}))
other = con.execute('SELECT id AS x, Name, data FROM t ORDER BY id').fetchone()
print(other == rows[0], other.keys())
print(con.execute('SELECT 1').fetchone().keys(), con.execute('SELECT 1 AS "a b", 2 AS "ÄÖ"').fetchone().keys())
print(dict(zip(row.keys(), row)))
cur = con.cursor()
print(cur.row_factory is sqlite3.Row)
cur.row_factory = None
print(cur.execute('SELECT id FROM t').fetchall())
made = sqlite3.Row(cur.execute('SELECT 1 AS a, 2 AS b'), (10, 20))
print(made['b'], made.keys())
try:
    sqlite3.Row(None, (1,))
except TypeError as e:
    print('TypeError', e)

def dict_factory(cursor, values):
    return {d[0]: v for d, v in zip(cursor.description, values)}

con.row_factory = dict_factory
print(con.execute('SELECT id, Name FROM t ORDER BY id').fetchall())
con.row_factory = lambda cursor, values: values[0]
print(con.execute('SELECT Name FROM t ORDER BY id').fetchall())
con.row_factory = None

# text_factory: str (default), bytes, or any callable on the raw bytes.
print(con.text_factory is str)
con.text_factory = bytes
print(con.execute("SELECT Name, 'é' FROM t ORDER BY id").fetchall())
con.text_factory = lambda b: b.decode('utf-8').upper()
print(con.execute("SELECT Name, 42, 'mixed Case' FROM t ORDER BY id").fetchall())
con.text_factory = str
con.execute("INSERT INTO t VALUES (3, CAST(x'C3' AS TEXT), NULL)")
try:
    con.execute('SELECT Name FROM t WHERE id = 3').fetchall()
except sqlite3.OperationalError as e:
    print('OperationalError', e)
con.text_factory = bytes
print(con.execute('SELECT Name FROM t WHERE id = 3').fetchall())
