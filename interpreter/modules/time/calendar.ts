// Broken-down time (C's struct tm) from epoch seconds and back, in UTC or the process's local
// zone through JS Date, plus the calendar arithmetic strftime/strptime need.

export interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  /** Monday is 0, as Python's tm_wday. */
  wday: number;
  /** 1-based day of the year. */
  yday: number;
  isdst: number;
  zone: string;
  gmtoff: number;
}

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

export function isLeap(y: number): boolean { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }

const CUM_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Day of the year (1-based) of a valid date. */
export function dayOfYear(y: number, m: number, d: number): number {
  return CUM_DAYS[m - 1] + d + (m > 2 && isLeap(y) ? 1 : 0);
}

/** Monday-based weekday of a date in the proleptic Gregorian calendar. */
export function weekday(y: number, m: number, d: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return (dt.getUTCDay() + 6) % 7;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function gmTm(secs: number): Tm {
  const d = new Date(secs * 1000);
  const year = d.getUTCFullYear(), mon = d.getUTCMonth() + 1, mday = d.getUTCDate();
  return {
    year, mon, mday, hour: d.getUTCHours(), min: d.getUTCMinutes(), sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7, yday: dayOfYear(year, mon, mday), isdst: 0, zone: 'GMT', gmtoff: 0,
  };
}

/** The zone's standard (non-DST) offset in minutes west of UTC, as JS getTimezoneOffset. */
function standardOffset(year: number): number {
  const jan = new Date(year, 0, 1).getTimezoneOffset();
  const jul = new Date(year, 6, 1).getTimezoneOffset();
  return Math.max(jan, jul);
}

/** The zone abbreviation the platform uses at a given instant (e.g. "UTC", "CET"). */
export function zoneName(d: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d)
    .find((p) => p.type === 'timeZoneName');
  const name = part?.value ?? 'UTC';
  return name === 'GMT' && d.getTimezoneOffset() === 0 && !process.env.TZ?.startsWith('GMT') ? 'UTC' : name;
}

export function localTm(secs: number): Tm {
  const d = new Date(secs * 1000);
  const year = d.getFullYear(), mon = d.getMonth() + 1, mday = d.getDate();
  const off = d.getTimezoneOffset();
  return {
    year, mon, mday, hour: d.getHours(), min: d.getMinutes(), sec: d.getSeconds(),
    wday: (d.getDay() + 6) % 7, yday: dayOfYear(year, mon, mday),
    isdst: off < standardOffset(year) ? 1 : 0, zone: zoneName(d), gmtoff: -off * 60,
  };
}

/** mktime: local broken-down time (fields may be out of range, C normalises them) to seconds. */
export function mkTime(tm: Pick<Tm, 'year' | 'mon' | 'mday' | 'hour' | 'min' | 'sec'>): number {
  const d = new Date(2000, 0, 1);
  d.setFullYear(tm.year, tm.mon - 1, tm.mday);
  d.setHours(tm.hour, tm.min, tm.sec, 0);
  return d.getTime() / 1000;
}

/** The time zone names and offsets the time module exposes (timezone, altzone, daylight, tzname). */
export function zoneInfo(): { timezone: number; altzone: number; daylight: number; tzname: [string, string] } {
  const year = new Date().getFullYear();
  const jan = new Date(year, 0, 1), jul = new Date(year, 6, 1);
  const std = Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  const dst = Math.min(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  const stdDate = jan.getTimezoneOffset() === std ? jan : jul;
  const dstDate = jan.getTimezoneOffset() === dst ? jan : jul;
  return { timezone: std * 60, altzone: dst * 60, daylight: std !== dst ? 1 : 0, tzname: [zoneName(stdDate), zoneName(dstDate)] };
}
