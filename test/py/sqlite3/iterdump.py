# Connection.iterdump(): tables with rows of every type, quoting of names and strings, an
# AUTOINCREMENT table (sqlite_sequence), an index, a view and a trigger.
import sqlite3

con = sqlite3.connect(':memory:')
con.executescript('''
    CREATE TABLE "odd ""name""" (id INTEGER PRIMARY KEY AUTOINCREMENT, "it's" TEXT, n REAL, b BLOB, z);
    CREATE TABLE plain (x);
    CREATE INDEX idx_n ON "odd ""name"""(n);
    CREATE VIEW v AS SELECT x FROM plain;
    CREATE TRIGGER trg AFTER INSERT ON plain BEGIN SELECT 1; END;
''')
con.executemany('INSERT INTO "odd ""name""" ("it\'s", n, b, z) VALUES (?, ?, ?, ?)',
                [("O'Brien", 1.5, b'\x00\xff', None), ('plain', -2.0, None, 7), ('ünï', 1e100, b'', 'x')])
con.execute('INSERT INTO plain VALUES (42)')
con.commit()
for line in con.iterdump():
    print(line)
copy = sqlite3.connect(':memory:')
copy.executescript('\n'.join(con.iterdump()))
print(copy.execute('SELECT * FROM "odd ""name""" ORDER BY id').fetchall())
