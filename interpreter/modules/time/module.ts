// The time module: clocks (wall, monotonic, perf, process), a synchronous sleep, struct_time and
// the conversions gmtime/localtime/mktime/asctime/ctime/strftime/strptime.

import { PyObject } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyInt, newInt, newIntBig } from '../../objects/int.js';
import { PyFloat, newFloat } from '../../objects/float.js';
import { PyStr, newStr } from '../../objects/str.js';
import { PyTuple, newTuple } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { E, pyError } from '../../objects/exceptions.js';
import { indexValue, typeName } from '../../vm/ops/protocols.js';
import { toFloatValue } from '../../types/float.js';
import { makeStructSeqType, PyStructSeq } from '../structseq.js';
import { defFunction, arity, strArg } from '../util.js';
import { Tm, gmTm, localTm, mkTime, zoneInfo, DAY_NAMES, MONTH_NAMES } from './calendar.js';
import { strftime, strptime, StrptimeError } from './format.js';

const STRUCT_TIME_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
  'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'];
export const structTime = makeStructSeqType('time', 'struct_time', STRUCT_TIME_FIELDS, 9);

function tmToStruct(tm: Tm): PyStructSeq {
  const ints: PyObject[] = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst].map(newInt);
  return structTime.make([...ints, newStr(tm.zone), newInt(tm.gmtoff)]);
}

/** A struct_time or 9-tuple argument as a Tm, with CPython's checks (gettmarg + checktm). */
function tmFromArg(o: PyObject, fname: string): Tm {
  if (!(o instanceof PyTuple)) throw pyError(E.TypeError, 'Tuple or struct_time argument required');
  if (o.items.length !== 9) throw pyError(E.TypeError, `${fname}(): illegal time tuple argument`);
  const v = o.items.map((x) => {
    if (!(x instanceof PyInt)) throw pyError(E.TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
    return Number(x.value);
  });
  const info = zoneInfo();
  const isdst = v[8];
  let zone = isdst > 0 ? info.tzname[1] : info.tzname[0];
  let gmtoff = -(isdst > 0 ? info.altzone : info.timezone);
  if (o instanceof PyStructSeq) {
    const z = o.extra[0], g = o.extra[1];
    if (z instanceof PyStr) zone = z.value;
    if (g instanceof PyInt) gmtoff = Number(g.value);
  }
  return { year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst, zone, gmtoff };
}

/** checktm plus the strftime normalisation of 0 fields. */
function checkTm(tm: Tm, fname: string): Tm {
  const t = { ...tm };
  if (fname === 'strftime') {
    if (t.mon === 0) t.mon = 1;
    if (t.mday === 0) t.mday = 1;
    if (t.yday === 0) t.yday = 1;
    if (t.wday < 0) throw pyError(E.ValueError, 'day of week out of range');
  }
  if (t.mon < 1 || t.mon > 12) throw pyError(E.ValueError, 'month out of range');
  if (t.mday < 1 || t.mday > 31) throw pyError(E.ValueError, 'day of month out of range');
  if (t.hour < 0 || t.hour > 23) throw pyError(E.ValueError, 'hour out of range');
  if (t.min < 0 || t.min > 59) throw pyError(E.ValueError, 'minute out of range');
  if (t.sec < 0 || t.sec > 61) throw pyError(E.ValueError, 'seconds out of range');
  if (t.wday < 0) throw pyError(E.ValueError, 'day of week out of range');
  t.wday = t.wday % 7;
  if (t.yday < 1 || t.yday > 366) throw pyError(E.ValueError, 'day of year out of range');
  return t;
}

/** A seconds argument (None = now) as whole seconds, rounding toward -inf as time_t conversion. */
function secondsArg(args: PyObject[]): number {
  const o = args.length ? args[0] : None;
  if (o === None) return Math.floor(Date.now() / 1000);
  if (o instanceof PyFloat) {
    if (o.value !== o.value) throw pyError(E.ValueError, 'Invalid value NaN (not a number)');
    if (!isFinite(o.value) || Math.abs(o.value) > 1e16) throw pyError(E.OverflowError, 'timestamp out of range for platform time_t');
    return Math.floor(o.value);
  }
  const v = indexValue(o);
  if (typeof v === 'bigint' || Math.abs(v) > 1e16) throw pyError(E.OverflowError, 'timestamp out of range for platform time_t');
  return v;
}

function asctime(tm: Tm): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAY_NAMES[tm.wday % 7].slice(0, 3)} ${MONTH_NAMES[tm.mon - 1].slice(0, 3)} ${String(tm.mday).padStart(2, ' ')} ` +
    `${pad(tm.hour)}:${pad(tm.min)}:${pad(tm.sec)} ${tm.year}`;
}

// Wall-clock nanoseconds: Date.now() anchors hrtime, which supplies sub-millisecond resolution.
const hrStart = process.hrtime.bigint();
const wallStartNs = BigInt(Date.now()) * 1000000n;
function timeNs(): bigint { return wallStartNs + (process.hrtime.bigint() - hrStart); }

let sleepCell: Int32Array | null = null;
function sleepSeconds(secs: number): void {
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  const end = performance.now() + secs * 1000;
  // Atomics.wait blocks the thread without spinning; loop in case it wakes early.
  for (let left = secs * 1000; left > 0; left = end - performance.now()) Atomics.wait(sleepCell, 0, 0, left);
}

export function makeTimeModule(): PyModule {
  const m = new PyModule('time');
  const fn = (name: string, f: (args: PyObject[]) => PyObject) => defFunction(m, name, (args) => f(args));
  fn('time', (a) => { arity('time', a, 0, 0); return newFloat(Number(timeNs()) / 1e9); });
  fn('time_ns', (a) => { arity('time_ns', a, 0, 0); return newIntBig(timeNs()); });
  const mono = () => process.hrtime.bigint();
  for (const name of ['perf_counter', 'monotonic']) {
    fn(name, (a) => { arity(name, a, 0, 0); return newFloat(Number(mono()) / 1e9); });
    fn(name + '_ns', (a) => { arity(name + '_ns', a, 0, 0); return newIntBig(mono()); });
  }
  const cpu = () => { const u = process.cpuUsage(); return BigInt(u.user + u.system) * 1000n; };
  for (const name of ['process_time', 'thread_time']) {
    fn(name, (a) => { arity(name, a, 0, 0); return newFloat(Number(cpu()) / 1e9); });
    fn(name + '_ns', (a) => { arity(name + '_ns', a, 0, 0); return newIntBig(cpu()); });
  }
  fn('sleep', (a) => {
    arity('sleep', a, 1, 1);
    const o = a[0];
    if (!(o instanceof PyFloat) && !(o instanceof PyInt)) {
      throw pyError(E.TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
    }
    const secs = toFloatValue(o);
    if (secs !== secs) throw pyError(E.ValueError, 'Invalid value NaN (not a number)');
    if (secs < 0) throw pyError(E.ValueError, 'sleep length must be non-negative');
    sleepSeconds(secs);
    return None;
  });
  fn('gmtime', (a) => { arity('gmtime', a, 0, 1); return tmToStruct(gmTm(secondsArg(a))); });
  fn('localtime', (a) => { arity('localtime', a, 0, 1); return tmToStruct(localTm(secondsArg(a))); });
  fn('mktime', (a) => {
    arity('mktime', a, 1, 1);
    const t = mkTime(tmFromArg(a[0], 'mktime'));
    if (t !== t) throw pyError(E.OverflowError, 'mktime argument out of range');
    return newFloat(t);
  });
  fn('asctime', (a) => {
    arity('asctime', a, 0, 1);
    const tm = a.length ? checkTm(tmFromArg(a[0], 'asctime'), 'asctime') : localTm(Date.now() / 1000);
    return newStr(asctime(tm));
  });
  fn('ctime', (a) => { arity('ctime', a, 0, 1); return newStr(asctime(localTm(secondsArg(a)))); });
  fn('strftime', (a) => {
    arity('strftime', a, 1, 2);
    const fmt = strArg(a[0], 'strftime() argument 1');
    const tm = a.length > 1 ? checkTm(tmFromArg(a[1], 'strftime'), 'strftime') : localTm(Math.floor(Date.now() / 1000));
    return newStr(strftime(fmt, tm));
  });
  fn('strptime', (a) => {
    arity('strptime', a, 1, 2);
    const s = strArg(a[0], 'strptime() argument 0');
    const fmt = a.length > 1 ? strArg(a[1], 'strptime() argument 1') : '%a %b %d %H:%M:%S %Y';
    try {
      const { tm, zoneGiven, gmtoffGiven } = strptime(s, fmt);
      const st = tmToStruct(tm);
      return structTime.make([...st.items, zoneGiven ? newStr(tm.zone) : None, gmtoffGiven ? newInt(tm.gmtoff) : None]);
    } catch (e) {
      if (e instanceof StrptimeError) throw pyError(E.ValueError, e.message);
      throw e;
    }
  });
  const info = zoneInfo();
  m.ns.setStr('timezone', newInt(info.timezone));
  m.ns.setStr('altzone', newInt(info.altzone));
  m.ns.setStr('daylight', newInt(info.daylight));
  m.ns.setStr('tzname', newTuple(info.tzname.map(newStr)));
  m.ns.setStr('struct_time', structTime.type);
  return m;
}
