# Several cursors on one connection running the same SQL (the statement cache hands a busy
# statement over or prepares another): nested loops, interleaved fetches, dropped cursors,
# re-executing a cursor mid-result, and reading after commit/rollback.
import sqlite3

con = sqlite3.connect(':memory:')
con.execute('CREATE TABLE t (a INTEGER)')
con.executemany('INSERT INTO t VALUES (?)', [(i,) for i in range(300)])
q = 'SELECT a FROM t WHERE a < ? ORDER BY a'

outer = con.execute(q, (4,))
for (a,) in outer:
    print(a, [x for (x,) in con.execute(q, (a + 1,))])

big = con.execute(q, (300,))
print(big.fetchone(), big.fetchone())
small = con.execute(q, (3,))
print(small.fetchall(), big.fetchone(), len(big.fetchall()), big.fetchone())

few = con.execute(q, (10,))
print(few.fetchmany(3))
again = con.execute(q, (2,))
print(again.fetchall(), few.fetchall())

for i in range(200):
    first = con.execute(q, (250,)).fetchone()
    last = con.execute('SELECT a FROM t WHERE a >= ? ORDER BY a', (290,)).fetchone()
print(first, last)

cur = con.cursor()
cur.execute(q, (50,))
print(cur.fetchone())
cur.execute(q, (2,))
print(cur.fetchall())

def fail_at(x):
    if x == 5:
        raise ValueError
    return x

con.create_function('fail_at', 1, fail_at)
bad = con.execute('SELECT fail_at(a) FROM t WHERE a < 10')
print(bad.fetchone(), bad.fetchone())
other = con.execute('SELECT fail_at(a) FROM t WHERE a < 10')
print(other.fetchone())
try:
    print(bad.fetchall())
except sqlite3.OperationalError as e:
    print('OperationalError', e)
try:
    print(other.fetchall())
except sqlite3.OperationalError as e:
    print('OperationalError', e)

reader = con.execute(q, (6,))
print(reader.fetchone())
con.execute('INSERT INTO t VALUES (1000)')
con.commit()
print(reader.fetchall())
reader = con.execute(q, (6,))
print(reader.fetchone())
con.execute('INSERT INTO t VALUES (1001)')
con.rollback()
print(reader.fetchall(), con.execute('SELECT count(*) FROM t').fetchone())
