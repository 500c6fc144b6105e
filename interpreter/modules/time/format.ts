// time.strftime (glibc's directives in the C locale) and time.strptime (the regular expressions
// and defaults of CPython's _strptime), over the Tm record of calendar.ts.

import { strRepr } from '../../lib/strrepr.js';
import { Tm, DAY_NAMES, MONTH_NAMES, dayOfYear, weekday, daysInMonth, isLeap, mkTime } from './calendar.js';

const pad = (n: number, w: number, c = '0') => String(n).padStart(w, c);

/** ISO 8601 year and week number. */
function isoWeek(tm: Tm): [number, number] {
  const yday0 = tm.yday - 1;
  const wdayMon = tm.wday; // Monday = 0
  let year = tm.year;
  const thursday = yday0 - wdayMon + 3; // yday of this week's Thursday
  let week: number;
  if (thursday < 0) {
    year -= 1;
    const len = isLeap(year) ? 366 : 365;
    week = Math.floor((thursday + len) / 7) + 1;
  } else if (thursday >= (isLeap(year) ? 366 : 365)) {
    year += 1;
    week = 1;
  } else {
    week = Math.floor(thursday / 7) + 1;
  }
  return [year, week];
}

export function strftime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) { out += c; continue; }
    const d = fmt[++i];
    const sundayWday = (tm.wday + 1) % 7;
    const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (d) {
      case 'a': out += DAY_NAMES[tm.wday].slice(0, 3); break;
      case 'A': out += DAY_NAMES[tm.wday]; break;
      case 'b': case 'h': out += MONTH_NAMES[tm.mon - 1].slice(0, 3); break;
      case 'B': out += MONTH_NAMES[tm.mon - 1]; break;
      case 'c': out += strftime('%a %b %e %H:%M:%S %Y', tm); break;
      case 'C': out += pad(Math.floor(tm.year / 100), 2); break;
      case 'd': out += pad(tm.mday, 2); break;
      case 'D': case 'x': out += strftime('%m/%d/%y', tm); break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'F': out += strftime('%Y-%m-%d', tm); break;
      case 'g': out += pad(isoWeek(tm)[0] % 100, 2); break;
      case 'G': out += String(isoWeek(tm)[0]); break;
      case 'H': out += pad(tm.hour, 2); break;
      case 'I': out += pad(h12, 2); break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'k': out += pad(tm.hour, 2, ' '); break;
      case 'l': out += pad(h12, 2, ' '); break;
      case 'm': out += pad(tm.mon, 2); break;
      case 'M': out += pad(tm.min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += tm.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += strftime('%I:%M:%S %p', tm); break;
      case 'R': out += strftime('%H:%M', tm); break;
      case 's': out += String(Math.floor(mkTime(tm))); break;
      case 'S': out += pad(tm.sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': case 'X': out += strftime('%H:%M:%S', tm); break;
      case 'u': out += String(tm.wday + 1); break;
      case 'U': out += pad(Math.floor((tm.yday - 1 + 7 - sundayWday) / 7), 2); break;
      case 'V': out += pad(isoWeek(tm)[1], 2); break;
      case 'w': out += String(sundayWday); break;
      case 'W': out += pad(Math.floor((tm.yday - 1 + 7 - tm.wday) / 7), 2); break;
      case 'y': out += pad(((tm.year % 100) + 100) % 100, 2); break;
      case 'Y': out += String(tm.year); break;
      case 'z': {
        const off = tm.gmtoff, a = Math.abs(off);
        out += (off < 0 ? '-' : '+') + pad(Math.floor(a / 3600), 2) + pad(Math.floor((a % 3600) / 60), 2);
        break;
      }
      case 'Z': out += tm.zone; break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}

/** strptime's failure, with CPython's ValueError message. */
export class StrptimeError extends Error {}

const NAMES_RE = (names: string[]) => `(${names.map((n) => n.toLowerCase()).join('|')})`;

const DIRECTIVES: Record<string, string> = {
  d: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  f: '([0-9]{1,6})',
  H: '(2[0-3]|[0-1]\\d|\\d)',
  I: '(1[0-2]|0[1-9]|[1-9])',
  G: '(\\d\\d\\d\\d)',
  j: '(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(1[0-2]|0[1-9]|[1-9])',
  M: '([0-5]\\d|\\d)',
  S: '(6[0-1]|[0-5]\\d|\\d)',
  U: '(5[0-3]|[0-4]\\d|\\d)',
  W: '(5[0-3]|[0-4]\\d|\\d)',
  w: '([0-6])',
  u: '([1-7])',
  V: '(5[0-3]|0[1-9]|[1-4]\\d|\\d)',
  y: '(\\d\\d)',
  Y: '(\\d\\d\\d\\d)',
  z: '([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)',
  A: NAMES_RE(DAY_NAMES.slice().sort((a, b) => b.length - a.length)),
  a: NAMES_RE(DAY_NAMES.map((n) => n.slice(0, 3))),
  B: NAMES_RE(MONTH_NAMES.slice().sort((a, b) => b.length - a.length)),
  b: NAMES_RE(MONTH_NAMES.map((n) => n.slice(0, 3))),
  p: '(am|pm)',
  Z: '(utc|gmt|[a-z]{3,5})',
  '%': '()%',
};

export interface Parsed { tm: Tm; fraction: number; zoneGiven: boolean; gmtoffGiven: boolean }

/** time.strptime: the struct_time fields parsed from `s` with format `fmt`. */
export function strptime(s: string, fmt: string): Parsed {
  let pattern = '';
  const order: string[] = [];
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '%') {
      if (i + 1 >= fmt.length) throw new StrptimeError(`stray % in format '${fmt}'`);
      const d = fmt[++i];
      const re = DIRECTIVES[d];
      if (re === undefined) throw new StrptimeError(`'${d}' is a bad directive in format '${fmt}'`);
      pattern += re;
      order.push(d);
    } else if (/\s/.test(c)) {
      while (i + 1 < fmt.length && /\s/.test(fmt[i + 1])) i++;
      pattern += '\\s+';
    } else {
      pattern += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    }
  }
  const m = new RegExp('^' + pattern, 'i').exec(s);
  if (m === null) throw new StrptimeError(`time data ${strRepr(s)} does not match format ${strRepr(fmt)}`);
  if (m[0].length !== s.length) throw new StrptimeError(`unconverted data remains: ${s.slice(m[0].length)}`);
  let year = 1900, mon = -1, mday = -1, hour = 0, min = 0, sec = 0, fraction = 0;
  let julian = -1, wday = -1, ampm = '', hour12 = -1, gmtoff: number | null = null, zone = '';
  order.forEach((d, k) => {
    const v = m[k + 1];
    const n = parseInt(v, 10);
    switch (d) {
      case 'Y': year = n; break;
      case 'y': year = n < 69 ? 2000 + n : 1900 + n; break;
      case 'm': mon = n; break;
      case 'B': mon = MONTH_NAMES.findIndex((x) => x.toLowerCase() === v.toLowerCase()) + 1; break;
      case 'b': mon = MONTH_NAMES.findIndex((x) => x.slice(0, 3).toLowerCase() === v.toLowerCase()) + 1; break;
      case 'd': mday = n; break;
      case 'H': hour = n; break;
      case 'I': hour12 = n; break;
      case 'p': ampm = v.toLowerCase(); break;
      case 'M': min = n; break;
      case 'S': sec = n; break;
      case 'f': fraction = parseInt(v.padEnd(6, '0'), 10); break;
      case 'j': julian = n; break;
      case 'A': wday = DAY_NAMES.findIndex((x) => x.toLowerCase() === v.toLowerCase()); break;
      case 'a': wday = DAY_NAMES.findIndex((x) => x.slice(0, 3).toLowerCase() === v.toLowerCase()); break;
      case 'w': wday = (n + 6) % 7; break;
      case 'u': wday = n - 1; break;
      case 'z': {
        if (v.toUpperCase() === 'Z') { gmtoff = 0; break; }
        const digits = v.replace(/:/g, '');
        const sign = digits[0] === '-' ? -1 : 1;
        gmtoff = sign * (parseInt(digits.slice(1, 3), 10) * 3600 + parseInt(digits.slice(3, 5), 10) * 60 +
          (digits.length > 5 ? parseInt(digits.slice(5, 7), 10) : 0));
        break;
      }
      case 'Z': zone = v; break;
      default: break;
    }
  });
  if (hour12 >= 0) {
    hour = hour12 % 12;
    if (ampm === 'pm') hour += 12;
  }
  if (julian > 0 && mon < 0 && mday < 0) {
    const d = new Date(Date.UTC(2000, 0, 1));
    d.setUTCFullYear(year, 0, julian);
    mon = d.getUTCMonth() + 1; mday = d.getUTCDate();
  }
  if (mon < 0) mon = 1;
  if (mday < 0) mday = 1;
  if (mday > daysInMonth(year, mon)) throw new StrptimeError('day is out of range for month');
  const yday = julian > 0 ? julian : dayOfYear(year, mon, mday);
  if (wday < 0) wday = weekday(year, mon, mday);
  const tm: Tm = { year, mon, mday, hour, min, sec, wday, yday, isdst: -1, zone, gmtoff: gmtoff ?? 0 };
  return { tm, fraction, zoneGiven: zone !== '', gmtoffGiven: gmtoff !== null };
}
