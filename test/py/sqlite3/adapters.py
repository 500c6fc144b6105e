# sqlite3 adapters and converters: register_adapter for a custom class, __conform__,
# register_converter with detect_types=PARSE_DECLTYPES (declared column type) and
# PARSE_COLNAMES ("name [type]" column aliases), and the unsupported-type error without one.
import sqlite3


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return f'{self.deg}C'


con = sqlite3.connect(':memory:')
try:
    con.execute('SELECT ?', (Point(1, 2),))
except sqlite3.ProgrammingError as e:
    print('ProgrammingError', e)
print(con.execute('SELECT ?', (Celsius(21),)).fetchone())

sqlite3.register_adapter(Point, lambda p: f'{p.x};{p.y}')
print(con.execute('SELECT ?', (Point(3, 4),)).fetchone())
print(sqlite3.adapt(Point(5, 6)), sqlite3.adapt(Celsius(7)))


def convert_point(b):
    x, y = map(float, b.split(b';'))
    return Point(x, y)


sqlite3.register_converter('point', convert_point)
sqlite3.register_converter('UPPER', lambda b: b.decode().upper())

con = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES)
con.execute('CREATE TABLE t (p point, u upper, q POINT(10), plain)')
con.execute('INSERT INTO t VALUES (?, ?, ?, ?)', (Point(1, 2), 'abc', Point(5, 6), 'xyz'))
con.execute('INSERT INTO t VALUES (NULL, NULL, NULL, NULL)')
print(con.execute('SELECT p, u, q, plain FROM t').fetchall())
print(con.execute('SELECT p AS "p [upper]" FROM t').fetchall())

con = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_COLNAMES)
cur = con.execute('''SELECT '1;2' AS "pt [point]", 'abc' AS "u [UPPER]", 'plain' AS "x [none]"''')
print(cur.fetchall(), [d[0] for d in cur.description])

con = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute('CREATE TABLE t (p point)')
con.execute("INSERT INTO t VALUES ('7;8')")
print(con.execute('SELECT p, p AS "s [upper]" FROM t').fetchall())
