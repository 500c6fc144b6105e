import { describe, it } from 'vitest';
import { load, expectPy } from './helpers.js';
import { percentFormat, percentFormatBytes } from '../../../dist/interpreter/lib/percent.js';
import { host, V, repr } from './pyhost.js';

describe('printf-style formatting', () => {
  it('str % args matches CPython', () => {
    for (const [fmt, arg, want] of load<[string, V, any][]>('percent.json')) {
      expectPy(() => percentFormat(fmt, arg, host), want, `${JSON.stringify(fmt)} % ${repr(arg)}`);
    }
  });
  it('bytes % args', () => {
    const b = (s: string) => new TextEncoder().encode(s);
    expectPy(() => percentFormatBytes(b('%s'), { str: 'x' }, host), ['!', 'TypeError', "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'"], "b'%s' % 'x'");
    expectPy(() => percentFormatBytes(b('%c'), { int: '300' }, host), ['!', 'OverflowError', '%c arg not in range(256)'], "b'%c' % 300");
    expectPy(() => percentFormatBytes(b('%x|%5s|%c'), { tuple: [{ int: '255' }, { bytes: b('ab') }, { int: '65' }] }, host), { b: Buffer.from('ff|   ab|A').toString('hex') }, 'bytes mix');
    expectPy(() => percentFormatBytes(b('%r'), { str: 'é' }, host), { b: Buffer.from("'\\xe9'").toString('hex') }, "b'%r' % 'é'");
  });
});
