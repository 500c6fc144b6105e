# SQLite UDF callback benchmark: a recursive CTE of N rows calls the Python function f once per
# row through SQLite's C callback; prints the sum, the seconds the query took, and the same
# query without the UDF (SQLite's own cost). Usage: python3 bench/sqlite_udf.py N

import sqlite3
import sys
import time

QUERY = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < ?) SELECT sum({}) FROM c'


def f(x):
    return x + 1


def timed(conn, expr, n):
    t0 = time.perf_counter()
    total = conn.execute(QUERY.format(expr), (n,)).fetchone()[0]
    return total, time.perf_counter() - t0


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    conn = sqlite3.connect(':memory:')
    conn.create_function('f', 1, f)
    total, udf = timed(conn, 'f(x)', n)
    base_total, base = timed(conn, 'x + 1', n)
    assert total == base_total == n * (n + 1) // 2 + n, (total, base_total)
    print(f'sum {total}')
    print(f'udf_seconds {udf:.6f}')
    print(f'sqlite_seconds {base:.6f}')
    conn.close()


main()
