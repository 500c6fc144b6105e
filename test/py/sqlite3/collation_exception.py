# An exception raised inside a collation is not an SQLite error: as in CPython it stays pending
# while SQLite finishes the step and execute() raises it; the connection keeps working after.
import sqlite3

con = sqlite3.connect(':memory:')
con.execute('CREATE TABLE w (s TEXT)')
print(con.execute('SELECT count(*) FROM w').fetchone())
con.create_collation('raises', lambda a, b: 1 // 0)
for i in range(3):
    try:
        print(con.execute("SELECT 'a' = 'b' COLLATE raises").fetchone())
    except ZeroDivisionError as e:
        print('collation exception surfaces:', e)
con.create_collation('bylen', lambda a, b: len(a) - len(b))
print(con.execute("SELECT 'ab' = 'cd' COLLATE bylen, 'a' = 'cd' COLLATE bylen").fetchone())
