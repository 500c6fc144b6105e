// The floor for a SQLite UDF callback on this stack: plain JS, no interpreter. A JS function is
// registered through koffi as f(x) = x + 1; it reads argv through a koffi view (no native call
// per pointer) and makes two koffi calls per row (sqlite3_value_int64, sqlite3_result_int64).
// Usage: node bench/sqlite/floor.js N   (prints the same lines as bench/sqlite_udf.py)

import koffi from 'koffi';

const n = Number(process.argv[2] ?? 1000000);
const lib = koffi.load('libsqlite3.so.0');
const P = 'uintptr_t';
const open = lib.func('sqlite3_open', 'int', ['str', P]);
const prepare = lib.func('sqlite3_prepare_v2', 'int', [P, 'str', 'int', P, P]);
const step = lib.func('sqlite3_step', 'int', [P]);
const finalize = lib.func('sqlite3_finalize', 'int', [P]);
const bindInt64 = lib.func('sqlite3_bind_int64', 'int', [P, 'int', 'int64_t']);
const columnInt64 = lib.func('sqlite3_column_int64', 'int64_t', [P, 'int']);
const valueInt64 = lib.func('sqlite3_value_int64', 'int64_t', [P]);
const resultInt64 = lib.func('sqlite3_result_int64', 'void', [P, 'int64_t']);
const UdfProto = koffi.proto('void udf_proto(uintptr_t ctx, int argc, uintptr_t argv)');
const createFunction = lib.func('sqlite3_create_function_v2', 'int',
  [P, 'str', 'int', 'int', P, koffi.pointer(UdfProto), P, P, P]);

const out = new BigUint64Array(1);
const outAddr = Number(koffi.address(out));

let window = null;
let windowBase = -1;
/** argv[i] through a cached view (SQLite passes the same argv for every row of a statement). */
function argAt(argv, i) {
  if (argv !== windowBase) {
    window = new BigUint64Array(koffi.view(argv, 8 * 8));
    windowBase = argv;
  }
  return Number(window[i]);
}

const udf = koffi.register((ctx, argc, argv) => {
  resultInt64(ctx, valueInt64(argAt(argv, 0)) + 1);
}, koffi.pointer(UdfProto));

function check(rc, what) {
  if (rc !== 0) throw new Error(`${what} failed: ${rc}`);
}

check(open(':memory:', outAddr), 'open');
const db = Number(out[0]);
check(createFunction(db, 'f', 1, 1, 0, udf, 0, 0, 0), 'create_function');

const QUERY = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < ?) SELECT sum(EXPR) FROM c';
function timed(expr) {
  const t0 = process.hrtime.bigint();
  check(prepare(db, QUERY.replace('EXPR', expr), -1, outAddr, 0), 'prepare');
  const st = Number(out[0]);
  bindInt64(st, 1, n);
  if (step(st) !== 100) throw new Error('no row');
  const total = columnInt64(st, 0);
  finalize(st);
  return [total, Number(process.hrtime.bigint() - t0) / 1e9];
}

const [total, udfSeconds] = timed('f(x)');
const [baseTotal, baseSeconds] = timed('x + 1');
if (total !== baseTotal) throw new Error(`sums differ: ${total} ${baseTotal}`);
console.log(`sum ${total}`);
console.log(`udf_seconds ${udfSeconds.toFixed(6)}`);
console.log(`sqlite_seconds ${baseSeconds.toFixed(6)}`);
koffi.unregister(udf);
