# sqlite3 transactions as CPython 3.11 runs them: the implicit BEGIN before DML (not before
# SELECT or DDL), commit/rollback, in_transaction, isolation_level values (None = autocommit),
# the connection as a context manager, total_changes, and a file database seen by two connections.
import os
import sqlite3
import tempfile

con = sqlite3.connect(':memory:')
print(repr(con.isolation_level), con.in_transaction, con.total_changes)
con.execute('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)')
print('after DDL', con.in_transaction)
con.execute('SELECT * FROM t').fetchall()
print('after SELECT', con.in_transaction)
con.execute("INSERT INTO t VALUES ('a', 1)")
print('after INSERT', con.in_transaction)
con.commit()
print('after commit', con.in_transaction, con.execute('SELECT * FROM t').fetchall())
con.execute("INSERT INTO t VALUES ('b', 2)")
con.execute("UPDATE t SET v = 10 WHERE k = 'a'")
print('before rollback', con.execute('SELECT * FROM t ORDER BY k').fetchall())
con.rollback()
print('after rollback', con.in_transaction, con.execute('SELECT * FROM t ORDER BY k').fetchall())
con.commit()
con.rollback()
print('commit/rollback without a transaction are no-ops', con.in_transaction)
print('total_changes', con.total_changes)

# The context manager commits on success, rolls back on an exception (and does not close).
with con:
    con.execute("INSERT INTO t VALUES ('c', 3)")
print('with ok', con.in_transaction, con.execute('SELECT k FROM t ORDER BY k').fetchall())
try:
    with con:
        con.execute("INSERT INTO t VALUES ('d', 4)")
        raise KeyError('boom')
except KeyError as e:
    print('with raised', repr(e))
print('rolled back', con.execute('SELECT k FROM t ORDER BY k').fetchall())
try:
    with con:
        con.execute("INSERT INTO t VALUES ('e', 5)")
        con.execute("INSERT INTO t VALUES ('a', 6)")
except sqlite3.IntegrityError as e:
    print('IntegrityError', e)
print('after failed block', con.in_transaction, con.execute('SELECT k FROM t ORDER BY k').fetchall())
print(con.__enter__() is con)

# isolation_level: values, validation, None = autocommit (setting None commits).
for level in ['DEFERRED', 'immediate', 'Exclusive', '']:
    con.isolation_level = level
    con.execute("UPDATE t SET v = v + 1 WHERE k = 'a'")
    print(repr(level), '->', repr(con.isolation_level), con.in_transaction)
    con.commit()
con.execute("UPDATE t SET v = v + 1 WHERE k = 'a'")
con.isolation_level = None
print('set None', con.isolation_level, con.in_transaction)
con.execute("INSERT INTO t VALUES ('f', 7)")
print('autocommit insert', con.in_transaction)
con.execute('BEGIN')
con.execute("INSERT INTO t VALUES ('g', 8)")
print('explicit BEGIN', con.in_transaction)
con.execute('ROLLBACK')
print(con.execute('SELECT k, v FROM t ORDER BY k').fetchall())
for bad in ['SERIALIZABLE', 'BEGIN', 1, b'DEFERRED']:
    try:
        con.isolation_level = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(con.isolation_level)
c2 = sqlite3.connect(':memory:', isolation_level=None)
print(c2.isolation_level)
c2.execute('CREATE TABLE x (a)')
c2.execute('INSERT INTO x VALUES (1)')
print(c2.in_transaction)
c2.close()

# A file database: uncommitted changes are invisible to a second connection.
d = tempfile.mkdtemp()
path = os.path.join(d, 'test.db')
w = sqlite3.connect(path)
w.execute('CREATE TABLE n (i)')
w.commit()
r = sqlite3.connect(path, timeout=0.1)
w.execute('INSERT INTO n VALUES (1)')
print('reader before commit', r.execute('SELECT count(*) FROM n').fetchone())
w.commit()
print('reader after commit', r.execute('SELECT count(*) FROM n').fetchone())
w.execute('INSERT INTO n VALUES (2)')
try:
    r.execute('INSERT INTO n VALUES (3)')
except sqlite3.OperationalError as e:
    print('OperationalError', e)
w.rollback()
r.rollback()
w.close()
r.close()
print(sqlite3.connect(path).execute('SELECT i FROM n').fetchall())
os.remove(path)
os.rmdir(d)
