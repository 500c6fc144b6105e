# User-defined aggregates (a fresh instance per group, step/finalize, every value type in and
# out, empty input) and collations (ORDER BY, comparisons, DISTINCT, removal), with the errors
# CPython reports when __init__, step or finalize raise.
import sqlite3

con = sqlite3.connect(':memory:')
con.execute('CREATE TABLE t (g TEXT, v)')
con.executemany('INSERT INTO t VALUES (?, ?)',
                [('a', 1), ('a', 2.5), ('b', 'x'), ('b', b'\x01'), ('b', None), ('c', 10), ('a', 3)])


class Collect:
    def __init__(self):
        self.items = []

    def step(self, value):
        self.items.append(value)

    def finalize(self):
        return repr(self.items)


class Sum:
    def __init__(self):
        self.total = 0

    def step(self, value):
        if isinstance(value, (int, float)):
            self.total += value

    def finalize(self):
        return self.total


class Pair:
    def __init__(self):
        self.n = 0

    def step(self, a, b):
        self.n += a * b

    def finalize(self):
        return self.n


class Count0:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1

    def finalize(self):
        return self.n


con.create_aggregate('collect', 1, Collect)
con.create_aggregate('mysum', 1, Sum)
con.create_aggregate('pairsum', 2, Pair)
con.create_aggregate('count0', 0, Count0)
print(con.execute('SELECT g, collect(v), mysum(v), count0() FROM t GROUP BY g ORDER BY g').fetchall())
print(con.execute('SELECT mysum(v), count0() FROM t').fetchone())
print(con.execute("SELECT pairsum(v, 2) FROM t WHERE g = 'a'").fetchone())
print('empty', con.execute('SELECT collect(v), mysum(v) FROM t WHERE 0').fetchone())
print(con.execute('SELECT g, mysum(v) FROM t GROUP BY g HAVING mysum(v) > 5 ORDER BY g').fetchall())


class Results:
    values = [None, 7, 2.5, 'text', b'\x00', 2**63 - 1]

    def __init__(self):
        self.i = 0

    def step(self, i):
        self.i = i

    def finalize(self):
        return self.values[self.i]


con.create_aggregate('pick', 1, Results)
for i in range(len(Results.values)):
    print(con.execute('SELECT pick(?), typeof(pick(?))', (i, i)).fetchone())


class BadInit:
    def __init__(self):
        raise RuntimeError('init')


class BadStep:
    def step(self, v):
        raise RuntimeError('step')

    def finalize(self):
        return 0


class BadFinal:
    def step(self, v):
        pass

    def finalize(self):
        return 1 / 0


class NoStep:
    def finalize(self):
        return 1


class BadResult:
    def step(self, v):
        pass

    def finalize(self):
        return {}


class TooBig(BadResult):
    def finalize(self):
        return -2**64


for name, cls in [('badinit', BadInit), ('badstep', BadStep), ('badfinal', BadFinal), ('nostep', NoStep),
                  ('badresult', BadResult), ('toobig', TooBig), ('noneagg', None)]:
    con.create_aggregate(name, 1, cls)
    try:
        print(con.execute(f'SELECT {name}(v) FROM t').fetchone())
    except sqlite3.Error as e:
        print(name, type(e).__name__, e)
print('still works', con.execute('SELECT mysum(v) FROM t').fetchone())
try:
    con.create_aggregate(None, 1, Sum)
except TypeError as e:
    print('TypeError', e)

# Collations.
def reverse(a, b):
    return (a < b) - (a > b)


def nocase_len(a, b):
    return len(a) - len(b)


con.create_collation('reverse', reverse)
con.create_collation('bylen', nocase_len)
con.execute('CREATE TABLE w (s TEXT)')
con.executemany('INSERT INTO w VALUES (?)', [('pear',), ('fig',), ('apple',), ('kiwi',), ('Ünï',), ('',)])
print(con.execute('SELECT s FROM w ORDER BY s COLLATE reverse').fetchall())
print(con.execute('SELECT s FROM w ORDER BY s COLLATE bylen, s').fetchall())
print(con.execute("SELECT count(*) FROM w WHERE s = 'xxxx' COLLATE bylen").fetchone())
print(con.execute('SELECT count(DISTINCT s COLLATE bylen) FROM w').fetchone())
con.execute('CREATE TABLE c (s TEXT COLLATE reverse)')
con.executemany('INSERT INTO c VALUES (?)', [('b',), ('a',), ('c',)])
print(con.execute('SELECT s FROM c ORDER BY s').fetchall())
con.create_collation('weird', lambda a, b: 'not a number')
print(con.execute("SELECT 'a' = 'b' COLLATE weird").fetchone())
con.create_collation('huge', lambda a, b: 10**30 if a > b else -10**30 if a < b else 0)
print(con.execute('SELECT s FROM w ORDER BY s COLLATE huge').fetchall())
con.create_collation('bylen', None)
try:
    con.execute('SELECT s FROM w ORDER BY s COLLATE bylen')
except sqlite3.OperationalError as e:
    print('OperationalError', e)
for args in [(1, reverse), ('x', 42)]:
    try:
        con.create_collation(*args)
    except TypeError as e:
        print('TypeError', e)
