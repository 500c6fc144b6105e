# Connection.iterdump(): the database as the SQL text that recreates it, in the format of
# CPython's sqlite3 (BEGIN TRANSACTION; the tables with their rows as INSERTs, then indexes,
# triggers and views; COMMIT), the row values quoted by SQLite's own quote().

def _ident(name):
    return '"' + name.replace('"', '""') + '"'


def iterdump(con):
    cur = con.cursor()
    yield 'BEGIN TRANSACTION;'
    tables = cur.execute("SELECT name, sql FROM sqlite_master WHERE sql NOT NULL AND type == 'table' "
                         'ORDER BY name').fetchall()
    sequences = []     # sqlite_sequence is restored last, after the tables it refers to
    for name, sql in tables:
        if name == 'sqlite_sequence':
            sequences.append('DELETE FROM "sqlite_sequence";')
            for seq, value in cur.execute('SELECT name, seq FROM sqlite_sequence').fetchall():
                sequences.append("INSERT INTO \"sqlite_sequence\" VALUES('{}',{});".format(seq.replace("'", "''"), value))
            continue
        elif name == 'sqlite_stat1':
            yield 'ANALYZE "sqlite_master";'
        elif name.startswith('sqlite_'):
            continue
        elif sql.startswith('CREATE VIRTUAL TABLE'):
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)"
                   "VALUES('table','{0}','{0}',0,'{1}');".format(name.replace("'", "''"), sql.replace("'", "''")))
            continue
        else:
            yield f'{sql};'
        table = _ident(name)
        columns = [row[1] for row in cur.execute(f'PRAGMA table_info({table})').fetchall()]
        values = ','.join(f"'||quote({_ident(str(c))})||'" for c in columns)
        for (line,) in cur.execute(f"SELECT 'INSERT INTO {table} VALUES({values})' FROM {table};").fetchall():
            yield f'{line};'
    others = cur.execute("SELECT name, type, sql FROM sqlite_master WHERE sql NOT NULL AND "
                         "type IN ('index', 'trigger', 'view')").fetchall()
    for name, kind, sql in others:
        yield f'{sql};'
    yield from sequences
    yield 'COMMIT;'
